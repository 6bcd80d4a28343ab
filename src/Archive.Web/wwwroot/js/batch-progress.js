// Keeps a batch search's page current while it runs: polls GET /api/search/batch/{id}, moves the
// progress bar, and reloads once every line is answered so the counts appear. Without this script
// the page shows the progress as of the last load.
(function () {
    "use strict";
    var section = document.getElementById("batch-progress");
    if (!section || !section.dataset.poll) return;
    var url = section.dataset.poll;
    var label = section.dataset.linesLabel || "{0} / {1}";
    var bar = document.getElementById("batch-progress-bar");
    var text = document.getElementById("batch-progress-text");
    var lang = document.documentElement.lang || undefined;
    var delay = 500;
    var number = function (n) { return n.toLocaleString(lang); };

    function poll() {
        fetch(url, { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (batch) {
                if (!batch) return;
                bar.max = Math.max(batch.linesTotal, 1);
                bar.value = batch.linesDone;
                text.textContent = label.replace("{0}", number(batch.linesDone)).replace("{1}", number(batch.linesTotal));
                if (batch.finished) {
                    window.location.reload();
                    return;
                }
                delay = Math.min(delay * 1.5, 3000);
                window.setTimeout(poll, delay);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }

    window.setTimeout(poll, delay);
})();
