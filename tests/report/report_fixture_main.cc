// report_fixture OUT_DIR: writes the fixture graph (fixture_graph.h) as
// OUT_DIR/fixture.html (the HTML report) and OUT_DIR/fixture.json (the JSON
// export the browser test computes its expectations from).
#include <iostream>

#include "export/json_writer.h"
#include "report/html_report.h"
#include "tests/report/fixture_graph.h"

int main(int argc, char** argv) {
  using namespace claimgraph;
  if (argc != 2) {
    std::cerr << "usage: report_fixture OUT_DIR\n";
    return 2;
  }
  std::string dir = argv[1];
  KnowledgeGraph graph;
  MentionSentences sentences;
  for (const AnalyzedEpisode& episode : FixtureEpisodes()) {
    if (Status s = graph.AddEpisode(episode); !s.ok()) {
      std::cerr << s.ToString() << "\n";
      return 1;
    }
    sentences.AddEpisode(episode);
  }
  Status html = WriteHtmlReport(graph, sentences, {}, EmbeddedReportAssets(),
                                dir + "/fixture.html");
  if (!html.ok()) {
    std::cerr << html.ToString() << "\n";
    return 1;
  }
  Status json = WriteJson(graph, dir + "/fixture.json");
  if (!json.ok()) {
    std::cerr << json.ToString() << "\n";
    return 1;
  }
  return 0;
}
