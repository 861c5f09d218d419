#include "cli/progress.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "base/text.h"

namespace claimgraph {
namespace {

double SteadySeconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::string Megabytes(uint64_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(bytes) / 1e6);
  return buffer;
}

}  // namespace

std::string FormatProgress(const ProgressSnapshot& s) {
  std::string line = "claimgraph: " + std::to_string(s.done) + "/" +
                     std::to_string(s.total) + " episode" +
                     (s.total == 1 ? "" : "s") + ", " + Megabytes(s.bytes_done) +
                     "/" + Megabytes(s.bytes_total) + " MB";
  if (s.done == 0 || s.elapsed_seconds <= 0 || s.bytes_done == 0) return line;
  double rate = static_cast<double>(s.bytes_done) / s.elapsed_seconds;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", rate / 1e6);
  line += std::string(", ") + buffer + " MB/s";
  if (s.done < s.total) {
    double left = static_cast<double>(s.bytes_total - s.bytes_done) / rate;
    line += ", " + FormatClock(static_cast<long long>(std::ceil(left))) + " left";
  }
  return line;
}

bool ShouldShowProgress(bool quiet) { return !quiet && isatty(STDERR_FILENO); }

ProgressReporter::ProgressReporter(const std::vector<std::string>& files,
                                   std::ostream* out, Clock clock)
    : out_(out), clock_(clock ? std::move(clock) : Clock(SteadySeconds)) {
  if (!out_) return;
  progress_.total = files.size();
  for (const std::string& file : files) {
    std::error_code error;
    uintmax_t size = std::filesystem::file_size(file, error);
    sizes_.push_back(error ? 0 : static_cast<uint64_t>(size));
    progress_.bytes_total += sizes_.back();
  }
  start_ = clock_();
  Draw();
}

void ProgressReporter::FileDone(size_t index) {
  if (!out_ || index >= sizes_.size()) return;
  ++progress_.done;
  progress_.bytes_done += sizes_[index];
  double now = clock_();
  // The last file always draws, so the final state is never skipped; so does
  // the first after an interruption.
  if (drawn_ && progress_.done < progress_.total && now - last_draw_ < 0.1) return;
  Draw();
}

void ProgressReporter::Interrupt() {
  if (!out_ || !drawn_) return;
  // Carriage return, then erase to the end of the line (ANSI EL).
  *out_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

ProgressSnapshot ProgressReporter::snapshot() const {
  ProgressSnapshot s = progress_;
  if (out_) s.elapsed_seconds = clock_() - start_;
  return s;
}

void ProgressReporter::Draw() {
  last_draw_ = clock_();
  *out_ << "\r\033[K" << FormatProgress(snapshot()) << std::flush;
  drawn_ = true;
}

}  // namespace claimgraph
