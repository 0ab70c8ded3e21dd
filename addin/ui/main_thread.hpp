#pragma once
// Commands run on LibreOffice's main thread. A menu entry dispatches there; a
// macro or a test talking to LibreOffice through the UNO bridge dispatches on
// a thread of the bridge, and a dialog executed there runs a second event loop
// beside the main one (measured on 7.4: heap corruption, then a hang). Such a
// call is handed to the main thread (com.sun.star.awt.AsyncCallback) and its
// caller waits for the result as it would for any asynchronous dispatch.
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace relance::ui {

/// Learns which thread is the main one (a callback posted to it records its
/// id); until it is known, every thread counts as the main one.
void learnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context);

/// Records the calling thread as the main one: the menus and toolbars of a
/// window ask for their commands' state there, and only they do.
void noteMainThread();

/// Runs `work` now on the main thread, else posts it there and returns.
void runOnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> work);

/// Runs `work` on the main thread once the event being handled is done.
void runLater(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> work);

} // namespace relance::ui
