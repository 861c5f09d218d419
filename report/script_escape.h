// report/script_escape.h
// Makes text safe for the two places the HTML report puts it: JSON inside a
// <script> block, and text inside HTML.
//
// A <script> block ends at the first "</script" whatever JavaScript or JSON
// thinks, and "<!--" inside one switches the HTML parser into an escaped
// state; U+2028 and U+2029 end a line in older JavaScript. Transcripts can
// hold any of these ("he typed </script> into the chat"), so the report's
// data is escaped before it is inlined:
//
//   std::string safe = EscapeJsonForScript(R"({"q":"</script><!--"})");
//   // {"q":"\u003c/script\u003e\u003c!--"}
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_REPORT_SCRIPT_ESCAPE_H_
#define CLAIMGRAPH_REPORT_SCRIPT_ESCAPE_H_

#include <string>
#include <string_view>

namespace claimgraph {

// `json` must be a JSON document. Returns the same document with every '<',
// '>' and '&' and every U+2028 and U+2029 written as a \uXXXX escape. These
// characters can only occur inside JSON strings, where the escape means the
// same character, so JSON.parse gives back exactly the same value.
std::string EscapeJsonForScript(std::string_view json);

// Text for HTML content or a quoted attribute value: & < > " ' escaped.
std::string EscapeHtml(std::string_view text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_REPORT_SCRIPT_ESCAPE_H_
