// Fills the tag input's <datalist> from /api/tags/suggest as the editor types. Without this script the
// form still works: the server resolves whatever text is posted.
(function () {
    "use strict";
    var input = document.getElementById("tag-input");
    var list = document.getElementById("tag-suggestions");
    if (!input || !list) return;
    var english = document.documentElement.lang === "en";
    var pending = null;
    var last = "";

    input.addEventListener("input", function () {
        var q = input.value.trim();
        if (q === last) return;
        last = q;
        if (pending) pending.abort();
        if (q.length === 0) { list.replaceChildren(); return; }
        pending = new AbortController();
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), { signal: pending.signal, headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (tags) {
                list.replaceChildren.apply(list, tags.map(function (tag) {
                    var option = document.createElement("option");
                    option.value = english ? tag.labelEn : tag.labelEs;
                    option.label = (english ? tag.labelEs : tag.labelEn);
                    return option;
                }));
            })
            .catch(function () { /* aborted by a newer keystroke, or offline: the plain form still works */ });
    });
})();
