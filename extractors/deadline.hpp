// The per-file time limit now lives in model/ (analysis/ checks it too); kept for the extractors
// that include it from here.
#pragma once

#include "model/deadline.hpp"
