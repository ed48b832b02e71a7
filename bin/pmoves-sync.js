#!/usr/bin/env node
import '../dist/pmoves-sync.js';
