#!/usr/bin/env node
'use strict';
// Runs the pinned cfn-lint 1.9.7 on template.yaml, offline. Its resource specification dates from
// 2019, so this wrapper (1) teaches it the resource types and properties added since, from
// spec-supplement.json, every entry written from the current CloudFormation/SAM reference, and
// (2) inlines the AWS::Include of the OpenAPI description as CloudFormation would, so the
// references inside it (function ARNs, the ReadsArePublic condition) are checked too.
// Anything not in the supplement is still unknown to it and fails the run. It lints each parameter
// scenario of the supplement (so both branches of every condition are exercised) and skips only the
// errors listed there as known false positives of this old version, saying how many it skipped.
const fs = require('fs');
const path = require('path');
const lib = path.join(__dirname, 'node_modules', 'cfn-lint', 'lib');
const awsData = require(path.join(lib, 'awsData'));
const samData = require(path.join(lib, 'samData'));
const parser = require(path.join(lib, 'parser'));
const api = require(path.join(lib, 'api'));

const templatePath = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'template.yaml'));
const supplement = JSON.parse(fs.readFileSync(path.join(__dirname, 'spec-supplement.json'), 'utf8'));

function mergeSpec(target, extra) {
  for (const section of ['ResourceTypes', 'PropertyTypes']) {
    for (const [name, def] of Object.entries(extra[section] || {})) {
      if (!target[section][name]) {
        target[section][name] = def;
      } else {
        Object.assign(target[section][name].Properties, def.Properties || {});
        if (def.Attributes) target[section][name].Attributes = Object.assign(target[section][name].Attributes || {}, def.Attributes);
      }
    }
  }
}
mergeSpec(awsData.awsResources, supplement.aws);
mergeSpec(samData.samResources20161031, supplement.sam);
for (const [kind, props] of Object.entries(supplement.samGlobals)) {
  samData.samGlobals20161031.AllowedProperties[kind] = (samData.samGlobals20161031.AllowedProperties[kind] || []).concat(props);
}
Object.assign(samData.samImplicitResources20161031, supplement.samImplicitResources);
for (const [fn, nested] of Object.entries(supplement.intrinsicFunctions)) {
  awsData.awsIntrinsicFunctions[fn].supportedFunctions.push(...nested);
}

function inlineIncludes(node, baseDir) {
  if (Array.isArray(node)) return node.map((n) => inlineIncludes(n, baseDir));
  if (node && typeof node === 'object') {
    const t = node['Fn::Transform'];
    if (t && t.Name === 'AWS::Include') {
      const location = t.Parameters.Location;
      return JSON.parse(fs.readFileSync(path.resolve(baseDir, location), 'utf8'));
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = inlineIncludes(v, baseDir);
    return out;
  }
  return node;
}

// 1.9.7 merges Globals.Function.Environment into the first function by reference and then fails
// every later one; SAM's own merge (function variables win over global ones) is done here instead.
function expandGlobalEnvironment(t) {
  const globalEnv = t.Globals && t.Globals.Function && t.Globals.Function.Environment;
  if (!globalEnv) return t;
  delete t.Globals.Function.Environment;
  for (const r of Object.values(t.Resources || {})) {
    if (r.Type !== 'AWS::Serverless::Function') continue;
    r.Properties = r.Properties || {};
    const own = (r.Properties.Environment && r.Properties.Environment.Variables) || {};
    r.Properties.Environment = { Variables: Object.assign(JSON.parse(JSON.stringify(globalEnv.Variables)), own) };
  }
  return t;
}

function load(file) {
  return expandGlobalEnvironment(inlineIncludes(parser.openFile(file), path.dirname(file)));
}
module.exports = { load, api };
if (require.main !== module) return;

let failures = 0;
for (const scenario of supplement.scenarios) {
  const result = api.validateJsonObject(load(templatePath), { parameters: scenario.parameters });
  const known = supplement.knownFalsePositives.map((k) => ({
    re: new RegExp(k.pattern), where: new RegExp(k.where || ''), why: k.why, seen: 0,
  }));
  let crit = 0;
  console.log(`cfn-lint 1.9.7, ${scenario.name}:`);
  for (const level of ['crit', 'warn', 'info']) {
    for (const e of result.errors[level] || []) {
      const k = level === 'crit' && known.find((x) => x.re.test(e.message) && x.where.test(e.resource || ''));
      if (k) { k.seen++; continue; }
      if (level === 'crit') crit++;
      console.log(`  ${level.toUpperCase()}: ${e.message} (${e.resource})`);
    }
  }
  for (const k of known.filter((x) => x.seen > 0)) {
    console.log(`  ignored ${k.seen} known false positive(s): ${k.why}`);
  }
  console.log(crit === 0 ? '  valid' : `  NOT valid (${crit} errors)`);
  failures += crit;
}
process.exit(failures === 0 ? 0 : 1);
