// report/html_report.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [report]
//
// Writes the graph as one self-contained HTML page that works offline: the
// interactive graph (Cytoscape.js, inlined), a timeline per episode, and for
// several episodes a comparison view. Nothing is loaded from the network when
// the page is viewed. Layout and behaviour live in report/web/; the data is
// report/report_data.h's document, escaped for its <script> block.
//
//   MentionSentences sentences;  // filled while building, may stay empty
//   Status s = WriteHtmlReport(graph, sentences, {}, EmbeddedReportAssets(),
//                              "report.html");
//
// The page template (report/web/page.html) holds markers that are replaced
// once each, in one pass over the template (so inserted text is never
// scanned again): {{TITLE}} (HTML-escaped), {{GENERATOR}}, {{LIBRARY}} (name
// and version, HTML-escaped), {{STYLE}}, {{LIBRARY_JS}}, {{APP_JS}},
// {{SELFTEST_JS}} and {{DATA}} (the JSON, escaped by EscapeJsonForScript).
//
// Opening report.html#entity=company:meta opens that entity; #selftest runs
// the page's self-test (report/web/selftest.js), which the browser test uses.
//
// The same graph and assets always give the same bytes.
//
// Thread safety: reads its inputs only.
#ifndef CLAIMGRAPH_REPORT_HTML_REPORT_H_
#define CLAIMGRAPH_REPORT_HTML_REPORT_H_

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"
#include "report/mention_sentences.h"
#include "report/report_assets.h"
#include "report/report_data.h"

namespace claimgraph {

// Fills the page template. Fails when the assets are unavailable (the error
// says why and how to enable them) or the template has an unknown marker.
Status RenderHtmlReport(const KnowledgeGraph& graph,
                        const MentionSentences& sentences,
                        const ReportOptions& options, const ReportAssets& assets,
                        std::string* html);

// RenderHtmlReport, then writes the page to `path` atomically ("-" for
// standard output). Nothing is written when rendering fails.
Status WriteHtmlReport(const KnowledgeGraph& graph,
                       const MentionSentences& sentences,
                       const ReportOptions& options, const ReportAssets& assets,
                       const std::string& path);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_REPORT_HTML_REPORT_H_
