#include "pipeline/worker_pool.hpp"

namespace dossier {

int resolve_jobs(int requested) {
    if (requested > 0) return requested;
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace dossier
