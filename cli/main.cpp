#include "extractors/ocr_engine.hpp"
#include "cli/cli.hpp"

int main(int argc, char** argv) {
    // libgomp reads OMP_THREAD_LIMIT only when it loads: set it and re-exec before anything runs.
    dossier::ensure_omp_thread_limit(argv);
    return dossier::run_cli(argc, argv);
}
