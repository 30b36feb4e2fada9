// Labels Camunda 7.24 writes into its page templates instead of taking them from the locale files, so
// vi.json cannot translate them: replaced on the page, for users who get the webapps in Vietnamese (the
// webapps' own choice: the browser's first language the webapps offer, else the fallback).
import shared from './config.js';

const VIETNAMESE = {
  Actions: 'Thao tác' // the variables table's last column
};

const language = (navigator.languages || [navigator.language])
  .map(tag => tag.split('-')[0])
  .find(tag => shared.locales.availableLocales.includes(tag)) || shared.locales.fallbackLocale;

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
