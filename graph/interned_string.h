// graph/interned_string.h
// Part of stage 5 (graph): the string type of node, edge and episode fields.
//
// An InternedString is one pointer to text kept once per process in an
// intern table. The graph repeats a few values millions of times: episode,
// speaker and entity ids, relation, role and modality names, claim ids that
// are both a node id and an edge's key. As std::string each copy costs 32
// bytes inline plus a heap block when longer than 15 bytes; as InternedString
// a copy costs 8 bytes and the text is stored once, packed in the table's
// blocks as its length, its bytes and a NUL (a 40-byte id costs 45 bytes
// there, against 96 as a std::string and its own heap block).
//
//   InternedString a = "person:sam-altman";   // looks the text up, stores it once
//   InternedString b = std::string("person:sam-altman");
//   assert(a == b && a.data() == b.data());   // equal text, same storage
//   std::string_view view = a;                // no copy
//   std::string copy = a.str();               // a copy
//   InternedString none;                      // empty; never a null pointer
//
// Interned text is never freed: the table only grows for the life of the
// process. Intern values that repeat; a value that is unique and long (a claim
// sentence) costs more interned (a table entry) than as a std::string.
//
// Equality of two InternedStrings compares pointers (one table: same text if
// and only if same pointer). Equality with any other string, ordering and
// hashing go by content, so a sorted list of InternedStrings comes out in the
// same order as the same list of std::strings, and an unordered container
// keyed by InternedString iterates as one keyed by the same std::strings.
//
// Thread safety: constructing an InternedString from text may run on any
// number of threads at once (the table is split into shards, each behind its
// own mutex, so threads rarely wait for one another). An InternedString is
// immutable after construction; reading one needs no lock.
#ifndef CLAIMGRAPH_GRAPH_INTERNED_STRING_H_
#define CLAIMGRAPH_GRAPH_INTERNED_STRING_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace claimgraph {

namespace interned_string_internal {
// How every interned text is stored: its length in the kLengthBytes before
// the pointer an InternedString keeps, then its bytes, then a NUL.
constexpr size_t kLengthBytes = sizeof(uint32_t);
// The storage of every empty InternedString, so the pointer is never null.
extern const char kEmpty[kLengthBytes + 1];
}  // namespace interned_string_internal

class InternedString {
 public:
  // Empty. Never touches the table.
  InternedString() noexcept
      : text_(interned_string_internal::kEmpty + interned_string_internal::kLengthBytes) {}

  // Looks `text` up in the intern table, adding it when new. Cannot fail
  // (short of running out of memory). Implicit: a field declared as
  // InternedString takes a std::string, a string_view or a literal as before.
  // Texts of 4 GiB or more are beyond the table (they would be claim
  // sentences of a transcript that size): they abort.
  InternedString(std::string_view text);       // NOLINT(runtime/explicit)
  InternedString(const std::string& text)      // NOLINT(runtime/explicit)
      : InternedString(std::string_view(text)) {}
  InternedString(const char* text)             // NOLINT(runtime/explicit)
      : InternedString(std::string_view(text)) {}

  // The interned text, valid for the life of the process: a view costs
  // nothing; a std::string is a copy, so it is never made implicitly (a
  // `const std::string&` parameter would silently bind to a temporary copy).
  std::string_view view() const noexcept { return {text_, size()}; }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const noexcept { return view(); }  // NOLINT
  explicit operator std::string() const { return str(); }

  bool empty() const noexcept { return size() == 0; }
  size_t size() const noexcept {
    uint32_t size;
    std::memcpy(&size, text_ - interned_string_internal::kLengthBytes, sizeof size);
    return size;
  }
  const char* data() const noexcept { return text_; }
  const char* c_str() const noexcept { return text_; }  // NUL-terminated
  const char* begin() const noexcept { return text_; }
  const char* end() const noexcept { return text_ + size(); }
  char operator[](size_t i) const noexcept { return text_[i]; }

  // Same text: one pointer comparison.
  bool operator==(const InternedString& other) const noexcept {
    return text_ == other.text_;
  }
  // Against other strings, by content. One overload per kind of string, so a
  // literal or a std::string does not have to choose between converting to
  // InternedString and to std::string_view.
  bool operator==(std::string_view other) const noexcept { return view() == other; }
  bool operator==(const std::string& other) const noexcept { return view() == other; }
  bool operator==(const char* other) const noexcept { return view() == other; }

  // By content, as std::string orders: never by address.
  std::strong_ordering operator<=>(const InternedString& other) const noexcept {
    return view() <=> other.view();
  }
  std::strong_ordering operator<=>(std::string_view other) const noexcept {
    return view() <=> other;
  }

 private:
  const char* text_;  // the first byte of the text (see kLengthBytes)
};

inline std::ostream& operator<<(std::ostream& out, const InternedString& s) {
  return out << s.view();
}

}  // namespace claimgraph

// Hashes the text, as std::hash<std::string> does (see the file comment).
template <>
struct std::hash<claimgraph::InternedString> {
  size_t operator()(const claimgraph::InternedString& s) const noexcept {
    return std::hash<std::string_view>()(s);
  }
};

#endif  // CLAIMGRAPH_GRAPH_INTERNED_STRING_H_
