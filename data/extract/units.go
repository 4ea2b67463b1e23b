package extract

// unit is how a figure's value is measured.
type unit struct{ short, long string }

// units maps a unit word written after a number (lower case) to its short
// and long form. Multi-word units are matched first; see unitPhrases.
var units = map[string]unit{
	"%": {"%", "percent"}, "percent": {"%", "percent"}, "pct": {"%", "percent"},
	"points": {"points", "points"}, "point": {"points", "points"}, "pts": {"points", "points"},
	"bps":    {"bp", "basis points"},
	"tonnes": {"t", "tonnes"}, "tonne": {"t", "tonnes"}, "tons": {"t", "tons"}, "ton": {"t", "tons"},
	"t": {"t", "tonnes"}, "kilograms": {"kg", "kilograms"}, "kilogram": {"kg", "kilograms"},
	"kg": {"kg", "kilograms"}, "kilos": {"kg", "kilograms"}, "kilo": {"kg", "kilograms"},
	"grams": {"g", "grams"}, "gram": {"g", "grams"}, "pounds": {"lb", "pounds"}, "lb": {"lb", "pounds"},
	"lbs": {"lb", "pounds"}, "ounces": {"oz", "ounces"}, "oz": {"oz", "ounces"},
	"litres": {"L", "litres"}, "liters": {"L", "liters"}, "litre": {"L", "litres"}, "liter": {"L", "liters"},
	"gallons": {"gal", "gallons"}, "barrels": {"bbl", "barrels"}, "bbl": {"bbl", "barrels"},
	"kilometres": {"km", "kilometres"}, "kilometers": {"km", "kilometers"}, "km": {"km", "kilometres"},
	"kilometre": {"km", "kilometres"}, "kilometer": {"km", "kilometers"},
	"miles": {"mi", "miles"}, "mile": {"mi", "miles"}, "metres": {"m", "metres"}, "meters": {"m", "meters"},
	"metre": {"m", "metres"}, "meter": {"m", "meters"}, "centimetres": {"cm", "centimetres"},
	"centimeters": {"cm", "centimeters"}, "cm": {"cm", "centimetres"}, "millimetres": {"mm", "millimetres"},
	"millimeters": {"mm", "millimeters"}, "mm": {"mm", "millimetres"}, "feet": {"ft", "feet"},
	"foot": {"ft", "feet"}, "inches": {"in", "inches"}, "hectares": {"ha", "hectares"},
	"hectare": {"ha", "hectares"}, "ha": {"ha", "hectares"}, "acres": {"acres", "acres"},
	"acre": {"acres", "acres"}, "km2": {"km²", "square kilometres"}, "km²": {"km²", "square kilometres"},
	"megawatts": {"MW", "megawatts"}, "mw": {"MW", "megawatts"}, "gigawatts": {"GW", "gigawatts"},
	"gw": {"GW", "gigawatts"}, "kwh": {"kWh", "kilowatt-hours"}, "mwh": {"MWh", "megawatt-hours"},
	"gwh": {"GWh", "gigawatt-hours"}, "mph": {"mph", "miles per hour"}, "degrees": {"°", "degrees"},
	"years": {"years", "years"}, "year": {"years", "years"}, "months": {"months", "months"},
	"month": {"months", "months"}, "weeks": {"weeks", "weeks"}, "week": {"weeks", "weeks"},
	"days": {"days", "days"}, "day": {"days", "days"}, "hours": {"hours", "hours"},
	"hour": {"hours", "hours"}, "minutes": {"minutes", "minutes"}, "minute": {"minutes", "minutes"},
	"seconds": {"seconds", "seconds"}, "decades": {"decades", "decades"}, "decade": {"decades", "decades"},
	"centuries": {"centuries", "centuries"}, "century": {"centuries", "centuries"},
	"cents": {"cents", "cents"}, "cent": {"cents", "cents"},
}

// unitPhrases are units of two or three words.
var unitPhrases = []struct {
	words []string
	u     unit
}{
	{[]string{"percentage", "points"}, unit{"pp", "percentage points"}},
	{[]string{"percentage", "point"}, unit{"pp", "percentage points"}},
	{[]string{"per", "cent"}, unit{"%", "percent"}},
	{[]string{"basis", "points"}, unit{"bp", "basis points"}},
	{[]string{"square", "kilometres"}, unit{"km²", "square kilometres"}},
	{[]string{"square", "kilometers"}, unit{"km²", "square kilometers"}},
	{[]string{"square", "miles"}, unit{"sq mi", "square miles"}},
	{[]string{"square", "metres"}, unit{"m²", "square metres"}},
	{[]string{"square", "meters"}, unit{"m²", "square meters"}},
	{[]string{"square", "feet"}, unit{"sq ft", "square feet"}},
	{[]string{"cubic", "metres"}, unit{"m³", "cubic metres"}},
	{[]string{"cubic", "meters"}, unit{"m³", "cubic meters"}},
	{[]string{"metric", "tons"}, unit{"t", "tonnes"}},
	{[]string{"metric", "tonnes"}, unit{"t", "tonnes"}},
}

// currency is money's ISO 4217 code and its name.
type currency struct{ code, name string }

// currencySymbols are written before the number; the key is the symbol
// with any letters before it ("US$").
var currencySymbols = map[string]currency{
	"$": {"USD", "US dollars"}, "US$": {"USD", "US dollars"}, "U.S.$": {"USD", "US dollars"},
	"C$": {"CAD", "Canadian dollars"}, "CA$": {"CAD", "Canadian dollars"}, "A$": {"AUD", "Australian dollars"},
	"AU$": {"AUD", "Australian dollars"}, "NZ$": {"NZD", "New Zealand dollars"}, "HK$": {"HKD", "Hong Kong dollars"},
	"S$": {"SGD", "Singapore dollars"}, "R$": {"BRL", "Brazilian reais"}, "MX$": {"MXN", "Mexican pesos"},
	"NT$": {"TWD", "New Taiwan dollars"}, "€": {"EUR", "euros"}, "£": {"GBP", "pounds sterling"},
	"¥": {"JPY", "yen"}, "₹": {"INR", "Indian rupees"}, "₦": {"NGN", "naira"}, "₩": {"KRW", "won"},
	"₽": {"RUB", "roubles"}, "₺": {"TRY", "Turkish lira"}, "₱": {"PHP", "Philippine pesos"},
	"₴": {"UAH", "hryvnias"}, "₪": {"ILS", "shekels"}, "₫": {"VND", "dong"}, "₵": {"GHS", "cedis"},
}

// currencyWords are written after the number ("120 million pesos").
var currencyWords = map[string]currency{
	"dollars": {"USD", "US dollars"}, "dollar": {"USD", "US dollars"}, "euros": {"EUR", "euros"},
	"euro": {"EUR", "euros"}, "yen": {"JPY", "yen"}, "yuan": {"CNY", "yuan"}, "renminbi": {"CNY", "yuan"},
	"rupees": {"INR", "Indian rupees"}, "pesos": {"MXN", "Mexican pesos"}, "peso": {"MXN", "Mexican pesos"},
	"naira": {"NGN", "naira"}, "rand": {"ZAR", "rand"}, "reais": {"BRL", "Brazilian reais"},
	"rubles": {"RUB", "roubles"}, "roubles": {"RUB", "roubles"}, "francs": {"CHF", "Swiss francs"},
	"shillings": {"KES", "Kenyan shillings"}, "cedis": {"GHS", "cedis"}, "lira": {"TRY", "Turkish lira"},
	"rupiah": {"IDR", "rupiah"}, "ringgit": {"MYR", "ringgit"}, "baht": {"THB", "baht"},
	"dirhams": {"AED", "dirhams"}, "riyals": {"SAR", "riyals"}, "kronor": {"SEK", "Swedish kronor"},
	"kroner": {"NOK", "Norwegian kroner"}, "zloty": {"PLN", "zloty"}, "hryvnias": {"UAH", "hryvnias"},
	"shekels": {"ILS", "shekels"}, "sterling": {"GBP", "pounds sterling"},
}

// currencyAdjectives refine a currency word: "Argentine pesos", "Canadian
// dollars".
var currencyAdjectives = map[string]map[string]currency{
	"pesos": {"argentine": {"ARS", "Argentine pesos"}, "colombian": {"COP", "Colombian pesos"},
		"chilean": {"CLP", "Chilean pesos"}, "philippine": {"PHP", "Philippine pesos"},
		"mexican": {"MXN", "Mexican pesos"}, "uruguayan": {"UYU", "Uruguayan pesos"},
		"dominican": {"DOP", "Dominican pesos"}, "cuban": {"CUP", "Cuban pesos"}},
	"dollars": {"canadian": {"CAD", "Canadian dollars"}, "australian": {"AUD", "Australian dollars"},
		"singapore": {"SGD", "Singapore dollars"}, "taiwan": {"TWD", "New Taiwan dollars"},
		"zealand": {"NZD", "New Zealand dollars"}, "kong": {"HKD", "Hong Kong dollars"},
		"jamaican": {"JMD", "Jamaican dollars"}, "us": {"USD", "US dollars"}, "u.s.": {"USD", "US dollars"}},
	"rupees": {"pakistani": {"PKR", "Pakistani rupees"}, "indian": {"INR", "Indian rupees"},
		"sri": {"LKR", "Sri Lankan rupees"}, "nepalese": {"NPR", "Nepalese rupees"}},
	"shillings": {"ugandan": {"UGX", "Ugandan shillings"}, "tanzanian": {"TZS", "Tanzanian shillings"},
		"kenyan": {"KES", "Kenyan shillings"}},
}

// isoCodes that may be written before or after a number as the currency.
var isoWritten = setOf("USD EUR GBP JPY CNY INR MXN BRL CAD AUD CHF NGN ZAR KES ARS COP CLP PEN RUB TRY KRW SEK NOK DKK PLN HKD SGD NZD EGP GHS IDR MYR PHP THB VND AED SAR ILS UAH")
