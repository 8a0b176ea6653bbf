// Pages without their own script: the header's search box and reviewer fields.
import { setupAuth, setupSearch } from "./common.js";

setupAuth();
setupSearch();
