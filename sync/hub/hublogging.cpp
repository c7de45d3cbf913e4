// The hub's logging category, defined once: every part of the hub (and a fuzz target built
// from a few of its files) logs through it.
#include "hublogging.h"

Q_LOGGING_CATEGORY(lcHub, "chorus.hub")
