// Keeps an import run's page current while the run is queued or running: polls GET /api/imports/{id},
// moves the progress bar and the counts, and reloads the page once the run is over so the file list
// appears. Without this script the page shows the numbers as of the last load.
(function () {
    "use strict";
    var section = document.getElementById("import-progress");
    if (!section || !section.dataset.poll) return;
    var url = section.dataset.poll;
    var labels = JSON.parse(section.dataset.statusLabels || "{}");
    var filesLabel = section.dataset.filesLabel || "{0} / {1}";
    var bar = document.getElementById("progress-bar");
    var text = document.getElementById("progress-text");
    var status = document.getElementById("run-status");
    var lang = document.documentElement.lang || undefined;
    var delay = 500;
    var number = function (n) { return n.toLocaleString(lang); };
    var set = function (id, value) {
        var element = document.getElementById(id);
        if (element) element.textContent = number(value);
    };

    function show(run) {
        bar.max = Math.max(run.filesTotal, 1);
        bar.value = run.filesDone;
        bar.textContent = run.filesDone + " / " + run.filesTotal;
        text.textContent = filesLabel.replace("{0}", number(run.filesDone)).replace("{1}", number(run.filesTotal));
        set("files-seen", run.filesTotal);
        set("files-imported", run.imported);
        set("files-duplicates", run.duplicates);
        set("files-failed", run.failed);
        if (status && labels[run.status]) {
            status.textContent = labels[run.status];
            status.className = "status status-" + run.status;
        }
        section.dataset.status = run.status;
    }

    function poll() {
        fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (run) {
                if (!run) return;
                show(run);
                if (run.finished) {
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
