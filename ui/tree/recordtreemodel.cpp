#include "recordtreemodel.h"
