// Labels Camunda 7.24 writes into its page templates instead of taking them from the locale files, so
// vi.json cannot translate them: replaced on the page when the webapps are in Vietnamese (language.js).
import { language } from './language.js';

const VIETNAMESE = {
  Actions: 'Thao tác' // the variables table's last column
};

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (Object.prototype.hasOwnProperty.call(VIETNAMESE, text)) {
      node.textContent = node.textContent.replace(text, VIETNAMESE[text]);
    }
  }
}

if (language === 'vi') {
  translate(document.body);
  new MutationObserver(mutations => mutations.forEach(mutation => mutation.addedNodes.forEach(node => {
    if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
      translate(node.nodeType === Node.TEXT_NODE ? node.parentNode : node);
    }
  }))).observe(document.body, {childList: true, subtree: true});
}
