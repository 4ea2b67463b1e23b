package data

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

func itoa(n int) string { return strconv.Itoa(n) }

// semanticMessage says in a dataset editor's words what a decode error
// means: which field is unknown, or what kind of value was expected.
func semanticMessage(e *json.SemanticError) string {
	if errors.Is(e.Err, json.ErrUnknownName) {
		name := e.JSONPointer.LastToken()
		return "unknown field " + strconv.Quote(name) + " (see the dataset format in README.md)"
	}
	want := describeGoType(e.GoType)
	got := describeJSONKind(e.JSONKind)
	msg := "expected " + want
	if got != "" {
		msg += ", got " + got
	}
	if e.Err != nil && !strings.Contains(e.Err.Error(), "cannot unmarshal") {
		msg += " (" + e.Err.Error() + ")"
	}
	return msg
}

func syntaxMessage(e *jsontext.SyntacticError) string {
	if e.Err == nil {
		return "invalid JSON"
	}
	return "invalid JSON: " + strings.TrimPrefix(e.Err.Error(), "jsontext: ")
}

func describeGoType(t reflect.Type) string {
	if t == nil {
		return "a different value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object (mapping)"
	}
	return "a " + t.Kind().String()
}

func describeJSONKind(k jsontext.Kind) string {
	switch k {
	case '"':
		return "a string"
	case '0':
		return "a number"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	case '[':
		return "a list"
	case '{':
		return "an object (mapping)"
	}
	return ""
}
