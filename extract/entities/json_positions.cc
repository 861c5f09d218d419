#include "extract/entities/json_positions.h"

#include <vector>

namespace claimgraph {

LineColumn LineColumnAt(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  LineColumn lc;
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = text[i];
    if (c == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not bytes
      ++lc.column;
    }
  }
  return lc;
}

JsonPositions::JsonPositions(std::string_view text) { Scan(text); }

namespace {

// Appends a JSON-pointer reference token, escaped as RFC 6901 asks.
std::string Child(const std::string& path, std::string_view token) {
  std::string out = path + "/";
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace

// A recursive descent without recursion: a stack of open containers, each with
// its path and, for arrays, the next index.
void JsonPositions::Scan(std::string_view text) {
  struct Open {
    std::string path;
    bool array;
    size_t index = 0;
    std::string key;  // objects: the member whose value comes next
  };
  std::vector<Open> stack;
  size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' ||
                               text[i] == '\n' || text[i] == '\r'))
      ++i;
  };
  auto read_string = [&](std::string* out) {
    ++i;  // opening quote
    while (i < text.size() && text[i] != '"') {
      if (text[i] == '\\' && i + 1 < text.size()) {
        // Keys with escapes are rare in our files; keep the escaped letter.
        if (out) out->push_back(text[i + 1]);
        i += 2;
        continue;
      }
      if (out) out->push_back(text[i]);
      ++i;
    }
    ++i;  // closing quote
  };
  // The path of the value that starts now, in the innermost container.
  auto value_path = [&]() -> std::string {
    if (stack.empty()) return "";
    Open& top = stack.back();
    if (top.array) return Child(top.path, std::to_string(top.index));
    return Child(top.path, top.key);
  };
  bool expect_key = false;
  while (true) {
    skip_space();
    if (i >= text.size()) return;
    char c = text[i];
    if (expect_key) {
      if (c == '}') {
        expect_key = false;
        continue;
      }
      if (c == ',') {
        ++i;
        continue;
      }
      if (c != '"') return;
      size_t key_at = i;
      std::string key;
      read_string(&key);
      stack.back().key = key;
      keys_[Child(stack.back().path, key)] = key_at;
      skip_space();
      if (i < text.size() && text[i] == ':') ++i;
      expect_key = false;
      continue;
    }
    if (c == ',') {
      ++i;
      if (!stack.empty()) {
        if (stack.back().array) ++stack.back().index;
        else expect_key = true;
      }
      continue;
    }
    if (c == ']' || c == '}') {
      ++i;
      if (!stack.empty()) stack.pop_back();
      continue;
    }
    std::string path = value_path();
    values_[path] = i;
    if (c == '{') {
      ++i;
      stack.push_back(Open{path, false});
      expect_key = true;
    } else if (c == '[') {
      ++i;
      stack.push_back(Open{path, true});
    } else if (c == '"') {
      read_string(nullptr);
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != ']' &&
             text[i] != '}' && text[i] != ' ' && text[i] != '\n' &&
             text[i] != '\t' && text[i] != '\r')
        ++i;
    }
  }
}

size_t JsonPositions::ValueAt(const std::string& path) const {
  std::string p = path;
  while (true) {
    auto it = values_.find(p);
    if (it != values_.end()) return it->second;
    size_t slash = p.rfind('/');
    if (slash == std::string::npos) return 0;
    p.resize(slash);
  }
}

size_t JsonPositions::KeyAt(const std::string& path) const {
  auto it = keys_.find(path);
  return it != keys_.end() ? it->second : ValueAt(path);
}

}  // namespace claimgraph
