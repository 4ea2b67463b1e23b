package synth

// The vocabulary the generator draws from. The lists are short but combine
// into many distinct names and sentences; a few names carry accents and
// tildes so that folded search ("garcia" finds "García") is exercised at
// every size.

var firstNames = []string{
	"María", "José", "Lily", "Omar", "Ana", "Luis", "Sofía", "Carlos", "Elena",
	"Javier", "Lucía", "Andrés", "Claudia", "Diego", "Inés", "Tomás", "Grace",
	"Peter", "Amara", "Chen", "Fatima", "Noah", "Zoë", "Björn", "Olga", "Ravi",
}

var lastNames = []string{
	"Téllez", "García", "Núñez", "Ibáñez", "Álvarez", "Sánchez", "Muñoz",
	"Gómez", "Peña", "Ortiz", "Harfuch", "Castillo", "Romero", "Moreno",
	"Okafor", "Walsh", "Lindqvist", "Nakamura", "Dvořák", "Müller", "Haddad",
	"Brennan", "Kowalski", "Silva", "Mendoza", "Ferreira",
}

var roles = []string{
	"Senator", "Mayor", "Finance Minister", "Security Minister", "spokeswoman",
	"spokesman", "economist", "union leader", "police chief", "prosecutor",
	"governor", "councillor", "analyst", "ambassador",
}

var orgAdjectives = []string{
	"National", "Federal", "Regional", "Independent", "Civic", "Central",
	"Northern", "Coastal", "Metropolitan", "United",
}

var orgNouns = []string{
	"Statistics Institute", "Water Board", "Transport Authority",
	"Electoral Commission", "Chamber of Commerce", "Health Service",
	"Audit Office", "Housing Agency", "Energy Regulator", "Port Authority",
}

var partyNames = []string{
	"Civic Alliance", "Green Renewal", "Labour Front", "National Action",
	"Liberal Union", "People's Movement", "Democratic Centre", "Unity Party",
}

var countries = []string{
	"Mexico", "Canada", "Colombia", "Peru", "Chile", "Spain", "Portugal",
	"Norway", "Japan", "Nigeria", "Brazil", "Poland",
}

var cities = []string{
	"Monterrey", "Guadalajara", "Querétaro", "Mérida", "León", "Toluca",
	"Puebla", "Tijuana", "Oaxaca", "Culiacán",
}

var groups = []string{
	"dock workers", "teachers' union", "residents' association",
	"farmers' cooperative", "student federation", "taxi drivers",
}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

// eventActions are what an actor did, in the past tense, with the editor's
// summary of it.
var eventActions = []struct{ text, summary string }{
	{"approved the new budget", "approves the budget"},
	{"announced an inquiry into the contracts", "announces an inquiry into contracts"},
	{"signed a cooperation agreement", "signs a cooperation agreement"},
	{"rejected the proposed reform", "rejects the reform"},
	{"opened a new water treatment plant", "opens a water treatment plant"},
	{"called for an emergency session", "calls an emergency session"},
	{"published the quarterly crime report", "publishes the quarterly crime report"},
	{"resigned from the committee", "resigns from the committee"},
}

// figureMeasures are counted things: the unit as the article writes it and
// the measure the dataset records.
var figureMeasures = []struct{ unit, measure, label string }{
	{"arrests", "arrests for high-impact crimes", "Arrests for high-impact crimes"},
	{"firearms", "firearms seized", "Firearms seized"},
	{"homes", "homes built under the housing plan", "Homes built"},
	{"jobs", "jobs created in the region", "Jobs created"},
	{"complaints", "complaints filed with the ombudsman", "Complaints filed"},
	{"passengers", "daily passengers on the metro", "Daily metro passengers"},
}

// percentMeasures are shares, written with "%".
var percentMeasures = []struct{ measure, label string }{
	{"of voters who back the plan", "Voters backing the plan"},
	{"of households without running water", "Households without running water"},
	{"of cases that reach a court", "Cases reaching a court"},
	{"of the budget spent on security", "Budget share for security"},
}

var quoteOpenings = []string{
	"We will not accept these cuts", "This is nothing new", "The numbers speak for themselves",
	"Nobody in this city is above the law", "We have done more than any government before us",
	"It is a question of trust", "The law is clear",
}

var quoteEndings = []string{
	"and we will keep saying it", "whatever the polls say",
	"until every family has water", "because the evidence is there",
	"and that is what voters asked for", "no matter who is in charge",
}

var claimStances = []struct{ text, summary string }{
	{"argued that the plan would cut waiting times by half", "The plan will halve waiting times."},
	{"said the contracts had been awarded without a tender", "The contracts were awarded without a tender."},
	{"insisted that crime had fallen in every district", "Crime has fallen in every district."},
	{"warned that the reform would raise prices", "The reform will raise prices."},
	{"maintained that the figures had been revised upward", "The figures were revised upward."},
	{"claimed that the agency lacked the funds to act", "The agency lacks the funds to act."},
}

var topicNames = []struct{ id, name, description string }{
	{"security", "Security", "Policing, crime and the courts."},
	{"budget", "Budget", "Public spending and taxes."},
	{"water", "Water", "Water supply, drought and sanitation."},
	{"housing", "Housing", "Homes, rents and construction."},
	{"transport", "Transport", "Roads, metro and buses."},
	{"elections", "Elections", "Campaigns, polls and results."},
	{"health", "Health", "Hospitals, clinics and public health."},
	{"jobs", "Jobs", "Employment, wages and unions."},
	{"corruption", "Corruption", "Contracts, audits and inquiries."},
	{"foreign-relations", "Foreign relations", "Agreements and disputes with other countries."},
	{"energy", "Energy", "Power, fuel and prices."},
	{"education", "Education", "Schools, teachers and universities."},
}

var projects = []string{
	"water plan", "metro extension", "housing programme", "police academy",
	"flood defences", "hospital wing",
}
