#!/usr/bin/env -S node --
// "node --": Node 20 itself parses --env-file anywhere in argv and exits 9 when the file does not
// exist yet, before our code runs (pmoves keys generate --env-file new.env); "--" stops that.
// Runs the committed bundle so the CLI works right after `npm install`, with no build step.
import '../dist/cli.js';
