// export/text_escape.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Every byte of user text that an exporter writes goes through one of these
// functions: this is the one place where escaping rules live, and the one
// place the tests attack with nasty names (&, <, quotes, control characters,
// emoji, right-to-left text, broken UTF-8). JSON escaping itself is left to
// nlohmann::json; only the JSON Lines line-separator rule is here.
//
//   out << "<data key=\"n_label\">" << EscapeXmlText(label) << "</data>";
//   out << "<node id=\"" << EscapeXmlAttribute(id) << "\">";
//   row += CsvField(label);
//
// Rules shared by every format:
//   - Invalid UTF-8 becomes U+FFFD (REPLACEMENT CHARACTER).
//   - Characters XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C,
//     U+000E-U+001F, U+FFFE, U+FFFF) become U+FFFD, in XML and CSV alike, so
//     the same text reads the same in every export. TAB, LF and CR are kept.
//   - Everything else (emoji, right-to-left letters, bidi marks, combining
//     characters) is kept byte for byte.
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXPORT_TEXT_ESCAPE_H_
#define CLAIMGRAPH_EXPORT_TEXT_ESCAPE_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/interned_string.h"

namespace claimgraph {

// The shared rule above, with no escaping: valid UTF-8 that XML 1.0 accepts.
std::string CleanText(std::string_view text);

// For XML element content: CleanText, then & < > become &amp; &lt; &gt; and
// CR becomes &#13; (a parser would turn a raw CR into LF). TAB and LF stay
// raw, because some readers (Gephi's GraphML importer) drop character chunks
// that are only whitespace.
//   EscapeXmlText("AT&T <b>") == "AT&amp;T &lt;b&gt;"
std::string EscapeXmlText(std::string_view text);

// For a double-quoted XML attribute value: as EscapeXmlText, plus " and '
// become &quot; &apos;, and TAB, LF, CR become &#9; &#10; &#13; (attribute
// value normalisation would otherwise turn them into spaces).
std::string EscapeXmlAttribute(std::string_view text);

// The same, appended to `out`: what the writers use, so that no text is
// copied twice.
void AppendXmlText(std::string& out, std::string_view text);
void AppendXmlAttribute(std::string& out, std::string_view text);

// True when `text` is an XML NMTOKEN by the conservative rule of
// ToXmlNmtoken: every character is in its kept set.
bool IsXmlNmtoken(std::string_view text);

// `text` as an XML NMTOKEN (GraphML node and key ids must be NMTOKENs).
// Kept as they are: ASCII letters and digits, '.', '-', '_', ':', and the
// letters of the main Latin, Greek, Cyrillic, Hebrew, Arabic, CJK, kana and
// Hangul blocks that both editions of XML 1.0 accept as name characters.
// Every other character becomes "_xHHHH_" (its code point in upper-case
// hex, at least four digits), so "org:o’neil" -> "org:o_x2019_neil". An
// empty text becomes "_". Ids that are already NMTOKENs are unchanged;
// callers that need uniqueness check for collisions themselves.
std::string ToXmlNmtoken(std::string_view text);

// One RFC 4180 CSV field that both Gephi's spreadsheet importer and
// neo4j-admin read back as `text`. CleanText, then:
//   - a backslash becomes U+FF3C (FULLWIDTH REVERSE SOLIDUS): Gephi's CSV
//     reader treats '\' as an escape character ("\n" would become a line
//     break) while Neo4j does not, so no spelling of '\' reads the same in
//     both;
//   - the field is put in double quotes, with inner quotes doubled, when it
//     contains a comma, a quote, CR or LF, or starts or ends with a space.
//   CsvField("Smith, \"Jr\"") == "\"Smith, \"\"Jr\"\"\""
std::string CsvField(std::string_view text);
// Appends CsvField(text) to `out`; text that needs neither quoting nor
// cleaning (most ids and labels) is copied as it is.
void AppendCsvField(std::string& out, std::string_view text);

// A Neo4j array column (`aliases:string[]`): the items joined by ';', each
// ';' inside an item turned into U+FF1B (FULLWIDTH SEMICOLON) so that items
// never split, then quoted as CsvField.
std::string CsvArray(std::span<const InternedString> items);

// For JSON Lines: U+2028 and U+2029 (which Python's str.splitlines() and
// older JavaScript treat as line breaks) written as the escapes \u2028 and
// \u2029. `json` must be serialised JSON: these characters can only occur
// inside its strings, where the escape means the same character.
std::string EscapeJsonLineSeparators(std::string_view json);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_TEXT_ESCAPE_H_
