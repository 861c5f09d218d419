// base/atomic_file.h
// Writes an output file so that the user never sees half of it.
//
// The bytes go to a temporary file beside the target, which replaces the
// target (rename) only when everything was written and flushed. On any
// failure, or when the writer is destroyed without Commit(), the temporary
// file is removed and an existing target is left untouched.
//
//   AtomicFileWriter out("graph.json");
//   if (!out.status().ok()) return out.status();
//   out.stream() << text;
//   Status s = out.Commit();
//
// Targets that are not regular files (/dev/stdout, /dev/full, a pipe) are
// written directly: there is nothing to protect and no folder to write into.
// "-" means standard output.
//
// Thread safety: one writer per thread.
#ifndef CLAIMGRAPH_BASE_ATOMIC_FILE_H_
#define CLAIMGRAPH_BASE_ATOMIC_FILE_H_

#include <fstream>
#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"

namespace claimgraph {

class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::string path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // Not ok when the temporary file could not be created.
  const Status& status() const { return status_; }

  // Where to write. Valid while the writer lives; writes after a failure are
  // ignored and reported by Commit().
  std::ostream& stream();

  // Flushes, checks every write succeeded, and renames into place. Returns
  // the first error, naming the target path.
  Status Commit();

 private:
  std::string path_;
  std::string temp_path_;
  bool direct_ = false;  // writing straight to the target (stdout, a device)
  bool committed_ = false;
  std::ofstream file_;
  Status status_;
};

// Writes `content` to `path` atomically.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Reads a whole file. Errors name the path and say why ("No such file").
Status ReadFile(const std::string& path, std::string* content);

// Reads a file a block at a time, for a parser that need not hold the whole
// text (a saved graph of thousands of episodes is gigabytes). Errors are
// those of ReadFile.
//
//   BlockReader reader;
//   Status s = reader.Open(path);
//   for (std::string_view block = reader.Next(); !block.empty(); block = reader.Next()) ...
//   if (!reader.status().ok()) ...   // a read failed part way
class BlockReader {
 public:
  static constexpr size_t kBlockBytes = size_t{1} << 20;

  explicit BlockReader(size_t block_bytes = kBlockBytes) : block_bytes_(block_bytes) {}
  BlockReader(const BlockReader&) = delete;
  BlockReader& operator=(const BlockReader&) = delete;
  ~BlockReader();

  Status Open(const std::string& path);
  // The next bytes of the file, valid until the next call; empty at the end
  // of the file or after an error.
  std::string_view Next();
  const Status& status() const { return status_; }

 private:
  std::string path_;
  int fd_ = -1;
  size_t block_bytes_;
  std::string block_;
  Status status_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_ATOMIC_FILE_H_
