package main

// usage is printed by -h. Every flag has a line "e.g. entitas …" (a test checks).
const usage = `usage: entitas [flags] [FILE | DIR | -]...
       entitas eval [-json] [-show] [-limit N] [-gazetteer FILE] GOLD...   (entitas eval -h)
       entitas serve [-addr HOST:PORT] [-gazetteer FILE]... [-token SECRET]  (entitas serve -h)

Finds entities (countries, places, leaders, persons, organizations, weapons) and direct
quotes with their speakers in Indonesian news text, with byte offsets into the text.

Each FILE is one document. A DIR is searched recursively for *.txt files (leaving out the
gold-markup *.marked.txt files), in name order; one there that is not a regular file (a
named pipe, a device) is reported and skipped. With no arguments, or for "-", standard
input is read. Documents are processed in parallel and printed in input order, each
document's output written whole: if a write fails (a full disk, a closed pipe) the run
stops there with one message, and a half-written -out file is removed.

Flags:
  -format NAME     output format (default text):
                     text    a listing for people: per document one line per entity and quote
                     json    one indented JSON object per document:
                             {"file", "id"?, "entities": [...], "quotes": [...]}
                     jsonl   the same object on one line per document
                     tokens  the tokens and sentences as JSON, one line per document
                     conll   a "# file = NAME" line, then TOKEN<tab>TAG a line with BIO tags of
                             our types (B-LEADER, I-LEADER, O), a blank line after each sentence
                     brat    brat standoff annotations: FILE.ann beside FILE.txt, or the text and
                             its .ann in -out DIR (with an annotation.conf); offsets in characters
                     html    a self-contained page with entities highlighted, a legend, quotes
                             and their speakers; several documents need -out DIR, which gets an
                             index.html and one page per document
                   e.g. entitas -format jsonl testdata/articles > entities.jsonl
  -input KIND      text (default): each file is one document.
                   jsonl: each line of each file is a JSON object holding one document in
                   its -text-field; its "id" field, if any, is carried into the output; a
                   DIR is searched for *.jsonl files. The file is streamed, never read whole.
                   e.g. entitas -input jsonl -format jsonl ../shared/corpus/indosum/articles.jsonl
  -text-field NAME the JSON Lines field that holds the text (default "text")
                   e.g. entitas -input jsonl -text-field body -format jsonl news.jsonl
  -j N             documents processed at once (default: the number of CPUs); output stays
                   in input order, and about 4×N documents at most are held in memory
                   e.g. entitas -j 1 -format jsonl testdata/articles
  -types LIST      keep only these entity types, comma-separated: COUNTRY, LOCATION, LEADER,
                   PERSON, ORGANIZATION, WEAPON (quotes are always kept)
                   e.g. entitas -types LEADER,PERSON testdata/articles/01-rudal-korut.txt
  -gazetteer FILE  add the entries of a gazetteer file of your own (repeatable); one entry a
                   line, tab-separated TYPE ID NAME ALIASES ATTRIBUTES, as in gazetteer/data:
                     PERSON	per:sutrisno-wibowo	Sutrisno Wibowo	Pak Tris	role=Kepala Desa
                   a bad file is reported as FILE:LINE and nothing is processed (exit 2)
                   e.g. entitas -gazetteer my-names.tsv -gazetteer my-orgs.tsv article.txt
  -case MODE       how to read capitals: auto (default: text in one case only, all small
                   letters or all capitals, and an ALL-CAPS headline are read caselessly),
                   sensitive (capitals always mean names) or insensitive (never)
                   e.g. entitas -case insensitive -format jsonl transcript.txt
  -out DIR         where -format brat and html write their files (made if missing)
                   e.g. entitas -format html -out /tmp/pages testdata/articles
  -h               print this help
                   e.g. entitas -h

"entitas serve" runs the same extractor as an HTTP service, on 127.0.0.1:8080 unless told
otherwise: POST /v1/extract answers the -format json object of the text sent, POST
/v1/extract/batch streams JSON Lines in and out, and / is a page where a person pastes an
article and reads its entities and quotes. "entitas serve -h" lists the endpoints and limits.
  e.g. entitas serve &
       curl -s --data-binary @testdata/articles/01-rudal-korut.txt http://127.0.0.1:8080/v1/extract

A progress line (documents done, MB/s, time left) is shown on stderr when stderr is a
terminal and the input is large (over 200 documents or 5 MB). The garbage collector runs
with GOGC=200 unless GOGC is set in the environment.

Exit status: 0 when all went well; 1 when some document could not be read, was not valid
UTF-8 or was malformed JSON (each is reported on stderr with its name and line, and the
others are still processed) or the output could not be written; 2 for a usage error or a
bad -gazetteer file.
`
