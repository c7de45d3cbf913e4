#pragma once

namespace chorus::ui {

/** Installs the accessibility interface Chorus gives every Qt Quick item: Qt Quick's own
 *  (QAccessibleQuickItem, a private class), with two things Qt Quick leaves out.
 *  - Its text says which language it is in: the AT-SPI text attribute "language" (en, cy or
 *    ar, the app's language at the moment it is asked). Orca 43 changes voice only from that
 *    attribute, so without it Welsh and Arabic were read with the default voice (issue 20,
 *    point 9). Qt Quick 6.4 to 6.8 answer no text attributes at all.
 *  - Before Qt 6.5, an item that cannot be used says so: Qt 6.4 reports every Quick item as
 *    enabled (QAccessibleQuickItem::state() never sets `disabled`; Qt 6.5 does, qtdeclarative
 *    20fd2902a6), so Orca said "Continue, button" for a Continue that did nothing (issue 20,
 *    point 7). The state change is sent when an item's `enabled` changes.
 *  Call once, before the QML engine makes any item: an item keeps the interface it was first
 *  given. (Qt Quick installs its factory as its library loads; Qt asks the last factory
 *  installed first.) */
void installQuickAccessibility();

} // namespace chorus::ui
