// report/report_assets.h
// The page parts the HTML report is assembled from, compiled into the binary
// so that `claimgraph report` needs no files at run time and writes one
// self-contained page.
//
// How the JavaScript gets in (see report/CMakeLists.txt):
//   report/web/package.json + package-lock.json pin Cytoscape.js. When CMake
//   finds node and npm, the build runs `npm ci` in build/.../report/web (npm's
//   cache makes later runs work offline), then report/embed_assets.cmake
//   writes report_assets.cc with the library's minified file and the page's
//   own template, CSS and JavaScript (report/web/) as string constants.
//   Without Node.js the same script writes a report_assets.cc whose assets
//   are unavailable, the rest of claimgraph builds as usual, and the report
//   command says how to enable it.
//
// Thread safety: immutable constants.
#ifndef CLAIMGRAPH_REPORT_REPORT_ASSETS_H_
#define CLAIMGRAPH_REPORT_REPORT_ASSETS_H_

#include <string_view>

namespace claimgraph {

struct ReportAssets {
  bool available = false;
  // Why not, and how to enable it, when !available.
  std::string_view unavailable_reason;
  // report/web/page.html: the page, with the markers that HtmlReport fills
  // (see report/html_report.h).
  std::string_view page_template;
  std::string_view style;        // report/web/report.css
  std::string_view library;      // cytoscape.min.js, licence header included
  std::string_view app;          // report/web/report.js
  std::string_view selftest;     // report/web/selftest.js
  std::string_view library_name;     // "Cytoscape.js"
  std::string_view library_version;  // from its package.json: "3.34.4"
};

// The assets this binary was built with.
const ReportAssets& EmbeddedReportAssets();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_REPORT_REPORT_ASSETS_H_
