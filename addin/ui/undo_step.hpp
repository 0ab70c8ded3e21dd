#pragma once
// One entry on a document's undo stack for everything a command changes:
// Edit ▸ Undo shows `title` and undoes it all at once.
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <rtl/ustring.hxx>

namespace relance::ui {

class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::uno::XInterface>& document, const rtl::OUString& title)
    {
        const css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY);
        if (supplier.is())
            m_undo = supplier->getUndoManager();
        if (m_undo.is())
            m_undo->enterUndoContext(title);
    }
    // Left whatever happens, so that the undo stack is never left inside an open context.
    ~UndoStep()
    {
        try {
            if (m_undo.is())
                m_undo->leaveUndoContext();
        } catch (...) { // the document went away
        }
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> m_undo;
};

} // namespace relance::ui
