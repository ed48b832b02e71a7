#!/usr/bin/env node
// Runs the committed bundle so the CLI works right after `npm install`, with no build step.
import '../dist/cli.js';
