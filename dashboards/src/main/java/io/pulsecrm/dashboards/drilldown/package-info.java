/**
 * The deals behind a chart's figure: a click on a funnel stage lists that stage's open deals, a page at a time,
 * each linking to its record in oltp-app. What is listed is decided like the chart itself: the viewer's data scope,
 * resolved on the server for every request, applied inside the warehouse's query — so the list adds up to the figure
 * the viewer clicked. Request parameters only pick the stage and the page.
 */
package io.pulsecrm.dashboards.drilldown;
