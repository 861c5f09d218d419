#include "report/html_report.h"

#include "base/atomic_file.h"
#include "base/version.h"
#include "report/script_escape.h"

namespace claimgraph {

Status RenderHtmlReport(const KnowledgeGraph& graph,
                        const MentionSentences& sentences,
                        const ReportOptions& options, const ReportAssets& assets,
                        std::string* html) {
  if (!assets.available) {
    return Status::Error("", 0, std::string(assets.unavailable_reason));
  }
  std::string library = std::string(assets.library_name) + " " +
                        std::string(assets.library_version);
  std::string data = EscapeJsonForScript(ReportDataJson(graph, sentences, options));
  struct Marker {
    std::string_view name;
    std::string value;
  };
  const Marker markers[] = {
      {"TITLE", EscapeHtml(ReportTitle(graph, options))},
      {"GENERATOR", EscapeHtml(std::string("claimgraph ") + kVersion)},
      {"LIBRARY", EscapeHtml(library)},
      {"STYLE", std::string(assets.style)},
      {"LIBRARY_JS", std::string(assets.library)},
      {"APP_JS", std::string(assets.app)},
      {"SELFTEST_JS", std::string(assets.selftest)},
      {"DATA", std::move(data)},
  };
  std::string_view page = assets.page_template;
  std::string out;
  size_t total = page.size();
  for (const Marker& marker : markers) total += marker.value.size();
  out.reserve(total);
  size_t at = 0;
  while (true) {
    size_t open = page.find("{{", at);
    if (open == std::string_view::npos) break;
    size_t close = page.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    std::string_view name = page.substr(open + 2, close - open - 2);
    const Marker* found = nullptr;
    for (const Marker& marker : markers) {
      if (marker.name == name) found = &marker;
    }
    if (!found) {
      return Status::Error("", 0, "report page template: unknown marker {{" +
                                      std::string(name) + "}}");
    }
    out.append(page.substr(at, open - at));
    out += found->value;
    at = close + 2;
  }
  out.append(page.substr(at));
  *html = std::move(out);
  return Status::Ok();
}

Status WriteHtmlReport(const KnowledgeGraph& graph,
                       const MentionSentences& sentences,
                       const ReportOptions& options, const ReportAssets& assets,
                       const std::string& path) {
  std::string html;
  Status rendered = RenderHtmlReport(graph, sentences, options, assets, &html);
  if (!rendered.ok()) return rendered;
  AtomicFileWriter out(path);
  if (!out.status().ok()) return out.status();
  out.stream() << html;
  return out.Commit();
}

}  // namespace claimgraph
