#include "base/json_members.h"

#include "base/atomic_file.h"

#include <iterator>
#include <utility>
#include <vector>

namespace claimgraph {
namespace {

using Json = nlohmann::json;

// nlohmann's SAX events, turned into values below the root's members (or
// below the elements of the root's arrays) and handed to the visitor.
class MemberSax {
 public:
  MemberSax(std::string_view text, JsonMemberVisitor* visitor)
      : text_(text), visitor_(visitor) {}

  bool null() { return Value(Json(nullptr)); }
  bool boolean(bool value) { return Value(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return Value(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return Value(Json(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t&) {
    return Value(Json(value));
  }
  bool string(Json::string_t& value) { return Value(Json(std::move(value))); }
  bool binary(Json::binary_t& value) { return Value(Json::binary(std::move(value))); }
  bool start_object(std::size_t) { return Open(Json::object()); }
  bool end_object() { return Close(); }
  bool start_array(std::size_t) { return Open(Json::array()); }
  bool end_array() { return Close(); }
  bool key(Json::string_t& key) {
    if (open_.empty()) {
      member_ = key;
    } else {
      key_ = key;
    }
    return true;
  }
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& error) {
    failure_ = DescribeJsonError(text_, error);
    return false;
  }

  std::optional<JsonParseFailure> failure() const { return failure_; }

 private:
  // Where the parse is, outside the value being built.
  enum class Level { kOutside, kRoot, kArray };

  bool Value(Json&& value) {
    if (open_.empty()) {
      Deliver(std::move(value));
    } else {
      Insert(std::move(value));
    }
    return true;
  }

  bool Open(Json&& container) {
    if (open_.empty()) {
      if (level_ == Level::kOutside && container.is_object()) {
        level_ = Level::kRoot;
        return true;
      }
      if (level_ == Level::kRoot && container.is_array()) {
        level_ = Level::kArray;
        index_ = 0;
        visitor_->ArrayStart(member_);
        return true;
      }
      building_ = std::move(container);
      open_.push_back(&building_);
      return true;
    }
    open_.push_back(Insert(std::move(container)));
    return true;
  }

  bool Close() {
    if (!open_.empty()) {
      open_.pop_back();
      if (open_.empty()) Deliver(std::move(building_));
      return true;
    }
    if (level_ == Level::kArray) {
      level_ = Level::kRoot;
      visitor_->ArrayEnd(member_);
    } else {
      level_ = Level::kOutside;
    }
    return true;
  }

  // Into the innermost open container; the parent does not grow while a
  // child is open, so the pointer returned stays good until it closes.
  Json* Insert(Json&& value) {
    Json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }

  void Deliver(Json&& value) {
    switch (level_) {
      case Level::kOutside:
        visitor_->Root(std::move(value));
        break;
      case Level::kRoot:
        visitor_->Member(member_, std::move(value));
        break;
      case Level::kArray:
        visitor_->Element(member_, index_++, std::move(value));
        break;
    }
  }

  std::string_view text_;
  JsonMemberVisitor* visitor_;
  Level level_ = Level::kOutside;
  std::string member_;  // the root's member being read
  size_t index_ = 0;    // of the next element of an array member
  Json building_;       // the value being built, and its open containers
  std::vector<Json*> open_;
  std::string key_;  // of the next value in the innermost open object
  std::optional<JsonParseFailure> failure_;
};

// A file's bytes as the input iterator nlohmann's parser reads, one block of
// a BlockReader after another. The place in the block is kept in the
// iterator, not behind a pointer, so the parser's loop keeps it in
// registers; nlohmann advances one copy only.
class BlockIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  BlockIterator() = default;  // the end
  explicit BlockIterator(BlockReader* reader) : reader_(reader) { Refill(); }

  reference operator*() const { return *at_; }
  BlockIterator& operator++() {
    if (++at_ == end_) Refill();
    return *this;
  }
  BlockIterator operator++(int) {
    BlockIterator before = *this;
    ++*this;
    return before;
  }
  // Equal when both are at the end of the file, as input iterators compare.
  bool operator==(const BlockIterator& other) const { return at_ == end_ && other.at_ == other.end_; }
  bool operator!=(const BlockIterator& other) const { return !(*this == other); }

 private:
  void Refill() {
    std::string_view block = reader_->Next();
    at_ = block.data();
    end_ = block.data() + block.size();
  }

  BlockReader* reader_ = nullptr;
  const char* at_ = nullptr;
  const char* end_ = nullptr;
};

}  // namespace

Status ParseJsonMembersFromFile(const std::string& path, JsonMemberVisitor* visitor,
                                bool* broken, size_t block_bytes) {
  *broken = false;
  BlockReader reader(block_bytes);
  Status opened = reader.Open(path);
  if (!opened.ok()) return opened;
  MemberSax sax(std::string_view(), visitor);
  bool parsed = false;
  try {
    parsed = Json::sax_parse(BlockIterator(&reader), BlockIterator(), &sax);
  } catch (const Json::exception&) {
    parsed = false;
  }
  // A read that failed part way looks like a text cut short: say why.
  if (!reader.status().ok()) return reader.status();
  *broken = !parsed;
  return Status::Ok();
}

std::optional<JsonParseFailure> ParseJsonMembers(std::string_view text,
                                                 JsonMemberVisitor* visitor) {
  MemberSax sax(text, visitor);
  try {
    if (Json::sax_parse(text.begin(), text.end(), &sax)) return std::nullopt;
  } catch (const Json::exception& e) {
    return DescribeJsonError(text, e);
  }
  // A parse stops early only through parse_error, which says why.
  std::optional<JsonParseFailure> failure = sax.failure();
  if (!failure) failure = JsonParseFailure{0, "cannot parse"};
  return failure;
}

}  // namespace claimgraph
