// The article page: review buttons on each claim; the #span-KEY in the URL is focused.
import { reviewButtons, setupAuth, setupSearch } from "./common.js";

setupAuth();
setupSearch();
for (const slot of document.querySelectorAll(".review-buttons[data-key]")) {
  slot.replaceWith(reviewButtons(slot.dataset.key, () => {}));
}
const target = location.hash.startsWith("#span-") && document.getElementById(location.hash.slice(1));
if (target) { target.classList.add("focus"); target.scrollIntoView({ block: "center" }); }
