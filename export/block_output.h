// export/block_output.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// The text an exporter writes, handed to a stream a block at a time.
// Exporters append to buffer() and call Flush() after each item, which hands
// the buffer to the stream once it holds a megabyte: an export of any size
// (gigabytes for ten thousand episodes) is held a megabyte at a time, in
// memory that stays mapped and in cache. With no stream the whole text is
// kept, for text().
//
//   AtomicFileWriter file(path);
//   BlockOutput out(&file.stream());
//   for (...) { out.buffer() += "<node/>\n"; out.Flush(); }
//   out.Finish();
//   return file.Commit();
//
// Thread safety: one output per thread.
#ifndef CLAIMGRAPH_EXPORT_BLOCK_OUTPUT_H_
#define CLAIMGRAPH_EXPORT_BLOCK_OUTPUT_H_

#include <cstddef>
#include <ostream>
#include <string>

namespace claimgraph {

class BlockOutput {
 public:
  // With no stream, `expected_bytes` is reserved at once: a guess at the
  // whole text saves copying it as it grows.
  explicit BlockOutput(std::ostream* out = nullptr, size_t expected_bytes = 0);

  std::string& buffer() { return buffer_; }
  // Hands the buffer to the stream when it holds a block or more.
  void Flush();
  // Hands what is left to the stream.
  void Finish();
  // Everything written, when there is no stream.
  const std::string& text() const { return buffer_; }
  std::string TakeText() { return std::move(buffer_); }

 private:
  void Write();

  std::ostream* out_;
  std::string buffer_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_BLOCK_OUTPUT_H_
