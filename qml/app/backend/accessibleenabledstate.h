#pragma once

namespace chorus::ui {

/** Makes a Quick item that cannot be used say so over the accessibility bus: Qt 6.4 reports
 *  every Quick item as enabled (QAccessibleQuickItem::state() never sets `disabled`; Qt 6.5
 *  does, qtdeclarative 20fd2902a6), so Orca said "Continue, button" for a Continue that did
 *  nothing (issue 20, point 7). Installs an accessibility factory that gives Quick items the
 *  same interface with the disabled state added, and sends the state change when an item's
 *  `enabled` changes. Call once, before the QML engine makes any item: an item keeps the
 *  interface it was first given. (Qt Quick installs its factory as its library loads; Qt
 *  asks the last factory installed first.) A no-op from Qt 6.5 on. */
void installEnabledStateAccessibility();

} // namespace chorus::ui
