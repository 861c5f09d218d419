#include "base/edit_distance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace claimgraph {

int BoundedEditDistance(std::string_view a, std::string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // One row of the table; on the stack for names of ordinary length, since
  // the resolver asks for every near-miss candidate of every unknown word.
  constexpr int kStackRow = 64;
  int stack_row[kStackRow + 1];
  std::vector<int> heap_row;
  int* row = stack_row;
  if (m > kStackRow) {
    heap_row.resize(m + 1);
    row = heap_row.data();
  }
  for (int j = 0; j <= m; ++j) row[j] = j;
  for (int i = 1; i <= n; ++i) {
    int diagonal = row[0];
    row[0] = i;
    int best = row[0];
    for (int j = 1; j <= m; ++j) {
      int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[m];
}

}  // namespace claimgraph
