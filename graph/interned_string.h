// graph/interned_string.h
// Part of stage 5 (graph): the string type of node, edge and episode fields.
//
// An InternedString is one pointer to a `const std::string` kept once per
// process in an intern table. The graph repeats a few values millions of
// times: episode, speaker and entity ids, relation, role and modality names,
// claim ids that are both a node id and an edge's key. As std::string each
// copy costs 32 bytes inline plus a heap block when longer than 15 bytes; as
// InternedString a copy costs 8 bytes and the text is stored once. The peak
// memory of building 1,000 generated episodes fell from 1.27 GB to 0.74 GB.
//
//   InternedString a = "person:sam-altman";   // looks the text up, stores it once
//   InternedString b = std::string("person:sam-altman");
//   assert(a == b && a.data() == b.data());   // equal text, same storage
//   const std::string& text = a;              // no copy
//   std::string_view view = a;                // no copy
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
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace claimgraph {

namespace interned_string_internal {
// The text of every empty InternedString, so the pointer is never null.
extern const std::string kEmpty;
}  // namespace interned_string_internal

class InternedString {
 public:
  // Empty. Never touches the table.
  InternedString() noexcept : text_(&interned_string_internal::kEmpty) {}

  // Looks `text` up in the intern table, adding it when new. Cannot fail
  // (short of running out of memory). Implicit: a field declared as
  // InternedString takes a std::string, a string_view or a literal as before.
  InternedString(std::string_view text);       // NOLINT(runtime/explicit)
  InternedString(const std::string& text)      // NOLINT(runtime/explicit)
      : InternedString(std::string_view(text)) {}
  InternedString(const char* text)             // NOLINT(runtime/explicit)
      : InternedString(std::string_view(text)) {}

  // The interned text, valid for the life of the process.
  const std::string& str() const noexcept { return *text_; }
  operator const std::string&() const noexcept { return *text_; }  // NOLINT
  operator std::string_view() const noexcept { return *text_; }    // NOLINT

  bool empty() const noexcept { return text_->empty(); }
  size_t size() const noexcept { return text_->size(); }
  const char* data() const noexcept { return text_->data(); }
  const char* c_str() const noexcept { return text_->c_str(); }
  std::string::const_iterator begin() const noexcept { return text_->begin(); }
  std::string::const_iterator end() const noexcept { return text_->end(); }
  char operator[](size_t i) const noexcept { return (*text_)[i]; }

  // Same text: one pointer comparison.
  bool operator==(const InternedString& other) const noexcept {
    return text_ == other.text_;
  }
  // Against other strings, by content. One overload per kind of string, so a
  // literal or a std::string does not have to choose between converting to
  // InternedString and to std::string_view.
  bool operator==(std::string_view other) const noexcept { return str() == other; }
  bool operator==(const std::string& other) const noexcept { return str() == other; }
  bool operator==(const char* other) const noexcept { return str() == other; }

  // By content, as std::string orders: never by address.
  std::strong_ordering operator<=>(const InternedString& other) const noexcept {
    return std::string_view(*text_) <=> std::string_view(*other.text_);
  }
  std::strong_ordering operator<=>(std::string_view other) const noexcept {
    return std::string_view(*text_) <=> other;
  }

 private:
  const std::string* text_;
};

inline std::ostream& operator<<(std::ostream& out, const InternedString& s) {
  return out << s.str();
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
