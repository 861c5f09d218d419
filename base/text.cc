#include "base/text.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace claimgraph {
namespace {

// Length of the whitespace sequence at the start of `s`, or 0.
size_t SpaceAt(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = s[0];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
    return 1;
  if (s.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0)
    return 2;
  if (s.size() >= 3 && c == 0xEF && static_cast<unsigned char>(s[1]) == 0xBB &&
      static_cast<unsigned char>(s[2]) == 0xBF)
    return 3;
  if (s.size() >= 3 && c == 0xE2 && static_cast<unsigned char>(s[1]) == 0x80 &&
      (static_cast<unsigned char>(s[2]) == 0x8B ||
       static_cast<unsigned char>(s[2]) == 0xAF))
    return 3;
  return 0;
}

// Length of the whitespace sequence that ends `s`, or 0.
size_t SpaceBefore(std::string_view s) {
  for (size_t len : {size_t{1}, size_t{2}, size_t{3}}) {
    if (s.size() >= len && SpaceAt(s.substr(s.size() - len)) == len) return len;
  }
  return 0;
}

// Decodes one UTF-8 sequence at the start of `s`; returns its length, or 0
// when it is not valid.
size_t ValidSequenceLength(std::string_view s) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = byte(0);
  if (c < 0x80) return 1;
  size_t len;
  unsigned int cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (s.size() < len) return 0;
  for (size_t i = 1; i < len; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  if (cp > 0x10FFFF) return 0;
  return len;
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_dash = false;
  for (unsigned char c : text) {
    bool keep = IsAsciiAlnum(static_cast<char>(c)) || c >= 0x80;
    if (!keep) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    out += ToAsciiLower(static_cast<char>(c));
  }
  return out;
}

std::string MakeId(std::string_view type, std::string_view name) {
  std::string id(type);
  id += ':';
  id += Slugify(name);
  return id;
}

// By hand rather than with snprintf: the exporters format a clock for every
// claim and edge, and this is several times quicker.
std::string FormatClock(long long seconds) {
  if (seconds < 0) seconds = 0;
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, seconds / 3600);
  std::string out;
  if (end - buffer < 2) out += '0';
  out.append(buffer, end);
  for (long long part : {(seconds / 60) % 60, seconds % 60}) {
    out += ':';
    out += static_cast<char>('0' + part / 10);
    out += static_cast<char>('0' + part % 10);
  }
  return out;
}

std::optional<long long> ParseClock(std::string_view text) {
  // Drop milliseconds, as subtitles write them.
  size_t frac = text.find_first_of(",.");
  if (frac != std::string_view::npos) {
    std::string_view ms = text.substr(frac + 1);
    if (ms.empty() || ms.size() > 3) return std::nullopt;
    for (char c : ms)
      if (c < '0' || c > '9') return std::nullopt;
    text = text.substr(0, frac);
  }
  long long fields[3];
  int count = 0;
  size_t start = 0;
  while (true) {
    size_t colon = text.find(':', start);
    std::string_view part = text.substr(
        start, colon == std::string_view::npos ? std::string_view::npos
                                               : colon - start);
    if (part.empty() || part.size() > 6 || count == 3) return std::nullopt;
    long long value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    fields[count++] = value;
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  long long total = 0;
  for (int i = 0; i < count; ++i) {
    if (i > 0 && fields[i] >= 60) return std::nullopt;
    total = total * 60 + fields[i];
  }
  return total;
}

std::string_view Trim(std::string_view text) {
  while (size_t n = SpaceAt(text)) text.remove_prefix(n);
  while (size_t n = SpaceBefore(text)) text.remove_suffix(n);
  return text;
}

bool IsBlank(std::string_view text) { return Trim(text).empty(); }

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = ToAsciiLower(c);
  return out;
}

// True for the bytes SpaceAt can start with; every other byte is copied as
// it is, so runs of them are copied whole.
bool MaySpaceStart(unsigned char c) {
  return c <= ' ' || c == 0xC2 || c == 0xE2 || c == 0xEF;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  while (!text.empty()) {
    if (size_t n = SpaceAt(text)) {
      pending = !out.empty();
      text.remove_prefix(n);
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    size_t run = 1;  // text[0] is not a space
    while (run < text.size() && !MaySpaceStart(static_cast<unsigned char>(text[run])))
      ++run;
    out.append(text.data(), run);
    text.remove_prefix(run);
  }
  return out;
}

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    // ASCII needs no decoding, eight bytes at a time; this keeps large
    // files quick.
    uint64_t word;
    if (i + 8 <= text.size()) {
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(text.substr(i));
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len = ValidSequenceLength(text.substr(i));
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::string QuoteForMessage(std::string_view text, size_t max_bytes) {
  // A message is one line: a newline or other control character in a value
  // (a JSON string may hold "\n") is shown as its escape, which counts
  // against `max_bytes` as it is written.
  std::string out = "\"";
  size_t used = 0;  // bytes of `text`, escaped, written so far
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0xC0) {
      while (len < 4 && i + len < text.size() &&
             (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80)
        ++len;
    }
    std::string_view piece;
    char escape[4];
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != 0x7F) {
      piece = text.substr(i, len);
    } else if (byte == '\n') {
      piece = "\\n";
    } else if (byte == '\r') {
      piece = "\\r";
    } else if (byte == '\t') {
      piece = "\\t";
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      escape[0] = '\\';
      escape[1] = 'x';
      escape[2] = kHex[byte >> 4];
      escape[3] = kHex[byte & 15];
      piece = std::string_view(escape, sizeof escape);
    }
    if (used + piece.size() > max_bytes) {
      out += "...";
      break;
    }
    out += piece;
    used += piece.size();
    i += len;
  }
  out += '"';
  return out;
}

}  // namespace claimgraph
