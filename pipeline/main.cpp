#include "pipeline/cli.hpp"

int main(int argc, char** argv) { return dossier::run_cli(argc, argv); }
