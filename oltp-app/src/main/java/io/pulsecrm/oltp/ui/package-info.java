/**
 * The reps' web UI: one page (the shell, {@code templates/app.html}) that loads plain ES modules from
 * {@code static/app/} and renders every screen in the browser from the REST API. No build step and
 * nothing fetched from outside the app, so it runs on closed networks; the page obeys the app's CSP
 * (no inline script or style, no eval). This package only serves the shell: it knows no feature.
 */
package io.pulsecrm.oltp.ui;
