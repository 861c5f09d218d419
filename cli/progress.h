// cli/progress.h
// A one-line progress display for long runs over many transcripts, on
// standard error:
//
//   claimgraph: 12/40 episodes, 31.2/96.0 MB, 3.1 MB/s, 00:00:21 left
//
// Shown only where a person is watching: standard error is a terminal and
// --quiet was not given (ShouldShowProgress). Anywhere else (a pipe, a log
// file, CI) nothing at all is written, so logs and tests stay clean. The line
// is redrawn in place with a carriage return, at most ten times a second, and
// erased by Finish() so that the command's own summary line follows cleanly.
//
//   ProgressReporter progress(files, ShouldShowProgress(quiet) ? &std::cerr : nullptr);
//   ProgressAwareSink warnings(&sink, &progress);  // warnings erase the line first
//   build.on_episode = [&](size_t i, const AnalyzedEpisode&) { progress.FileDone(i); };
//   ... builder.Build(files, &graph, &warnings) ...
//   progress.Finish();
//
// Speed and time left are measured in bytes of input, not episodes, since
// transcripts differ a lot in length.
//
// Thread safety: one reporter per run, used from one thread.
#ifndef CLAIMGRAPH_CLI_PROGRESS_H_
#define CLAIMGRAPH_CLI_PROGRESS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"

namespace claimgraph {

// Where a run stands; what FormatProgress prints.
struct ProgressSnapshot {
  size_t done = 0;   // files finished
  size_t total = 0;  // files in the run
  uint64_t bytes_done = 0;
  uint64_t bytes_total = 0;
  double elapsed_seconds = 0;
};

// "claimgraph: 12/40 episodes, 31.2/96.0 MB, 3.1 MB/s, 00:00:21 left".
// Before anything is done, or while no time has passed, speed and time left
// are not known and are left out. MB are 10^6 bytes.
std::string FormatProgress(const ProgressSnapshot& snapshot);

// True when progress should be drawn: not `quiet`, and standard error is a
// terminal.
bool ShouldShowProgress(bool quiet);

class ProgressReporter {
 public:
  // Seconds since some fixed start; steady_clock by default. Tests pass
  // their own.
  using Clock = std::function<double()>;

  // Reads the size of each of `files` now (a file that cannot be read counts
  // as 0 bytes; reading it fails later with a proper message). `out` may be
  // null: then the reporter does nothing at all. Draws the first line at once.
  ProgressReporter(const std::vector<std::string>& files, std::ostream* out,
                   Clock clock = nullptr);

  // The file at `index` (into the list given at construction) is finished.
  // Redraws unless the last redraw was under 0.1 s ago.
  void FileDone(size_t index);

  // Erases the line, so that something else can be printed; the next
  // FileDone draws it again at once.
  void Interrupt();

  // Erases the line. Call once, before printing anything else.
  void Finish() { Interrupt(); }

  ProgressSnapshot snapshot() const;

 private:
  void Draw();

  std::ostream* out_;
  Clock clock_;
  std::vector<uint64_t> sizes_;
  ProgressSnapshot progress_;
  double start_ = 0;
  double last_draw_ = -1;
  bool drawn_ = false;
};

// Passes every diagnostic on to `sink`, first erasing the progress line so
// that a warning never lands in the middle of it. Both are borrowed.
class ProgressAwareSink : public DiagnosticSink {
 public:
  ProgressAwareSink(DiagnosticSink* sink, ProgressReporter* progress)
      : sink_(sink), progress_(progress) {}
  void Report(Diagnostic diagnostic) override {
    progress_->Interrupt();
    sink_->Report(std::move(diagnostic));
  }

 private:
  DiagnosticSink* sink_;
  ProgressReporter* progress_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CLI_PROGRESS_H_
