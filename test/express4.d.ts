/** `express4` is express@4 installed under an alias (test/package.json); its API is the one typed for `express`. */
declare module 'express4' {
  import express = require('express');
  export = express;
}
