#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <random>

namespace claimgraph {
namespace {

std::string ErrnoText() { return std::strerror(errno); }

bool IsSpecialTarget(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) return false;  // does not exist yet
  return !S_ISREG(info.st_mode);
}

std::string TempNameFor(const std::string& path) {
  // Unique per process and call, so parallel runs never share a temp file.
  static std::random_device device;
  char suffix[32];
  std::snprintf(suffix, sizeof suffix, ".tmp.%d.%08x", static_cast<int>(getpid()),
                static_cast<unsigned>(device()));
  return path + suffix;
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    direct_ = true;
    return;
  }
  if (IsSpecialTarget(path_)) {
    direct_ = true;
    file_.open(path_, std::ios::binary | std::ios::out);
    if (!file_) status_ = Status::Error(path_, 0, "cannot write: " + ErrnoText());
    return;
  }
  temp_path_ = TempNameFor(path_);
  file_.open(temp_path_, std::ios::binary | std::ios::out | std::ios::trunc);
  if (!file_) {
    status_ = Status::Error(path_, 0, "cannot write: " + ErrnoText());
    temp_path_.clear();
  }
}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_.is_open()) file_.close();
  if (!committed_ && !temp_path_.empty()) std::remove(temp_path_.c_str());
}

std::ostream& AtomicFileWriter::stream() {
  if (path_ == "-") return std::cout;
  return file_;
}

Status AtomicFileWriter::Commit() {
  if (!status_.ok()) return status_;
  if (path_ == "-") {
    errno = 0;
    std::cout.flush();
    if (!std::cout) {
      // Say why (a full disk, a closed pipe) when the system told us.
      return Status::Error("<stdout>", 0,
                           errno ? "cannot write: " + ErrnoText()
                                 : std::string("cannot write"));
    }
    committed_ = true;
    return Status::Ok();
  }
  file_.flush();
  bool written = static_cast<bool>(file_);
  int write_errno = errno;
  file_.close();
  if (!written || file_.fail()) {
    if (!written) errno = write_errno;
    status_ = Status::Error(path_, 0, "cannot write: " + ErrnoText());
    return status_;
  }
  if (!direct_ && std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    status_ = Status::Error(path_, 0, "cannot replace: " + ErrnoText());
    return status_;
  }
  committed_ = true;
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  AtomicFileWriter writer(path);
  if (!writer.status().ok()) return writer.status();
  writer.stream().write(content.data(),
                        static_cast<std::streamsize>(content.size()));
  return writer.Commit();
}

namespace {

// Opens `path` for reading into `*fd` (the caller closes it when it is not
// -1) and fills `*info`. The errors every reader of a file gives.
Status OpenForReading(const std::string& path, int* fd, struct stat* info) {
  *fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (*fd < 0) return Status::Error(path, 0, "cannot read: " + ErrnoText());
  if (fstat(*fd, info) != 0) return Status::Error(path, 0, "cannot read: " + ErrnoText());
  if (S_ISDIR(info->st_mode)) return Status::Error(path, 0, "cannot read: is a folder");
  return Status::Ok();
}

}  // namespace

Status ReadFile(const std::string& path, std::string* content) {
  int fd = -1;
  struct Closer {
    int& fd;
    ~Closer() {
      if (fd >= 0) ::close(fd);
    }
  } closer{fd};
  struct stat info;
  Status opened = OpenForReading(path, &fd, &info);
  if (!opened.ok()) return opened;
  // Straight into the string, sized from stat plus one byte so that a file
  // that did not change ends in one read and one empty read. The size is only
  // a hint (the file may grow, or be a pipe): the buffer doubles when full.
  content->clear();
  size_t size = 0;
  content->resize(S_ISREG(info.st_mode) && info.st_size > 0
                      ? static_cast<size_t>(info.st_size) + 1
                      : size_t{64} << 10);
  while (true) {
    if (size == content->size()) content->resize(2 * content->size());
    ssize_t n = ::read(fd, content->data() + size, content->size() - size);
    if (n < 0) {
      if (errno == EINTR) continue;
      Status error = Status::Error(path, 0, "cannot read: " + ErrnoText());
      content->clear();
      return error;
    }
    if (n == 0) break;
    size += static_cast<size_t>(n);
  }
  content->resize(size);
  return Status::Ok();
}

BlockReader::~BlockReader() {
  if (fd_ >= 0) ::close(fd_);
}

Status BlockReader::Open(const std::string& path) {
  path_ = path;
  struct stat info;
  status_ = OpenForReading(path, &fd_, &info);
  if (!status_.ok()) return status_;
  block_.resize(block_bytes_ > 0 ? block_bytes_ : 1);
  return status_;
}

std::string_view BlockReader::Next() {
  if (fd_ < 0 || !status_.ok()) return {};
  while (true) {
    ssize_t n = ::read(fd_, block_.data(), block_.size());
    if (n >= 0) return std::string_view(block_.data(), static_cast<size_t>(n));
    if (errno == EINTR) continue;
    status_ = Status::Error(path_, 0, "cannot read: " + ErrnoText());
    return {};
  }
}

}  // namespace claimgraph
