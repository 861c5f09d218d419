#include "cli/answer_output.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "base/atomic_file.h"

namespace claimgraph {
namespace {

bool ToStdout(const std::string& output) { return output.empty() || output == "-"; }

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Status ChooseAnswerFormat(const std::string& format, const std::string& output,
                          const std::vector<std::string>& allowed,
                          AnswerFormat* chosen) {
  std::string name = format;
  if (name.empty()) {
    if (!ToStdout(output)) {
      name = EndsWith(output, ".json") ? "json" : EndsWith(output, ".csv") ? "csv" : "table";
    } else {
      name = isatty(STDOUT_FILENO) ? "table" : "json";
    }
    // A default the command cannot write falls back to the table.
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
      name = "table";
  }
  if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
    std::string list;
    for (size_t i = 0; i < allowed.size(); ++i)
      list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
    return Status::Error("", 0, "--format " + format + ": use " + list);
  }
  *chosen = name == "json" ? AnswerFormat::kJson
            : name == "csv" ? AnswerFormat::kCsv
                            : AnswerFormat::kTable;
  return Status::Ok();
}

size_t TerminalWidth() {
  if (const char* columns = std::getenv("COLUMNS")) {
    long n = std::strtol(columns, nullptr, 10);
    if (n > 0) return static_cast<size_t>(n);
  }
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0)
    return size.ws_col;
  return 100;
}

Status WriteAnswer(const std::string& text, const std::string& output) {
  if (ToStdout(output)) {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) return Status::Error("<stdout>", 0, "cannot write");
    return Status::Ok();
  }
  AtomicFileWriter writer(output);
  if (!writer.status().ok()) return writer.status();
  writer.stream() << text;
  return writer.Commit();
}

}  // namespace claimgraph
