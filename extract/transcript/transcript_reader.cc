#include "extract/transcript/transcript_reader.h"

#include "base/atomic_file.h"

namespace claimgraph {

Status ReadTranscript(const std::string& path, const ReadOptions& options,
                      Episode* episode, DiagnosticSink* sink) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  return ParseTranscript(content, path, options, episode, sink);
}

Status ParseTranscript(std::string_view, const std::string& source,
                       const ReadOptions&, Episode*, DiagnosticSink*) {
  return Status::Error(source, 0, "no transcript layout is recognised yet");
}

std::vector<std::string> KnownLayouts() { return {}; }

}  // namespace claimgraph
