#pragma once
// Runs a function when a scope ends, however it ends.
#include <utility>

namespace relance::uno {

/// Runs `end` when the scope ends, an exception included, so that a
/// document's undo is never left locked or inside an open context and a
/// hidden document is always closed. `end` must not throw out: what it
/// throws is dropped (the document went away).
template <class End>
class AtScopeEnd {
public:
    explicit AtScopeEnd(End end) : m_end(std::move(end)) {}
    ~AtScopeEnd()
    {
        try {
            m_end();
        } catch (...) {
        }
    }
    AtScopeEnd(const AtScopeEnd&) = delete;
    AtScopeEnd& operator=(const AtScopeEnd&) = delete;

private:
    End m_end;
};

} // namespace relance::uno
