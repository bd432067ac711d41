/* eslint-disable */
// @ts-nocheck
/**
 * GENERATED from schema/pact.schema.json by scripts/generate-from-schema.mjs — do not edit by hand.
 * ajv standalone validators for a whole pact file and for one request or response, built on the
 * first call.
 */
export function pactSchemaValidators() {
"use strict";
const validatePact = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://pactwright.dev/schema/pact.schema.json","title":"PactFile","description":"A pact file of any specification version (1.0, 1.1, 2, 3, 4). Lenient where real pact files vary (extra keys, V1 string query, V3 object query, V4 header arrays and body objects, V2 flat and V3 category matching rules); strict on the types the loader relies on.","type":"object","properties":{"consumer":{"$ref":"#/definitions/Pacticipant"},"provider":{"$ref":"#/definitions/Pacticipant"},"interactions":{"type":"array","items":{"$ref":"#/definitions/Interaction"}},"messages":{"description":"V3 message pacts: kept, never matched.","type":"array","items":{"$ref":"#/definitions/Message"}},"metadata":{"$ref":"#/definitions/Metadata"}},"definitions":{"Pacticipant":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]},"Metadata":{"type":"object","properties":{"pactSpecification":{"$ref":"#/definitions/SpecificationMetadata"},"pact-specification":{"$ref":"#/definitions/SpecificationMetadata"},"pactSpecificationVersion":{"type":["string","number"]}}},"SpecificationMetadata":{"type":"object","properties":{"version":{"type":["string","number"]}}},"ProviderState":{"type":"object","properties":{"name":{"type":"string"},"params":{"type":["object","null"]}},"required":["name"]},"Interaction":{"description":"An interaction of any version. V4 adds `type`, `key`, `pending`, `comments`, `transport`; only HTTP interactions need `request` and `response`.","type":"object","properties":{"type":{"type":"string"},"description":{"type":"string"},"providerState":{"type":["string","null"]},"providerStates":{"type":"array","items":{"$ref":"#/definitions/ProviderState"}},"request":{"$ref":"#/definitions/Request"},"response":{"$ref":"#/definitions/Response"},"key":{"type":"string"},"pending":{"type":"boolean"},"comments":{"type":"object"},"transport":{"type":"string"}},"required":["description"],"if":{"properties":{"type":{"not":{"const":"Synchronous/HTTP"}}},"required":["type"]},"else":{"required":["request","response"]}},"Message":{"type":"object","properties":{"description":{"type":"string"},"providerState":{"type":["string","null"]},"providerStates":{"type":"array","items":{"$ref":"#/definitions/ProviderState"}},"contents":{"tsType":"unknown"},"metaData":{"type":["object","null"]},"metadata":{"type":["object","null"]},"matchingRules":{"$ref":"#/definitions/MatchingRules"},"generators":{"$ref":"#/definitions/Generators"}},"required":["description"]},"Request":{"type":"object","properties":{"method":{"type":"string"},"path":{"type":"string"},"query":{"description":"A query string (V1/V2, accepted in every version) or, from V3, an object of name to value(s).","type":["string","object"],"additionalProperties":{"$ref":"#/definitions/QueryValue"}},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Body"},"matchingRules":{"$ref":"#/definitions/MatchingRules"},"requestMatchingRules":{"$ref":"#/definitions/MatchingRules"},"generators":{"$ref":"#/definitions/Generators"}}},"Response":{"type":"object","properties":{"status":{"type":"integer","minimum":100,"maximum":999},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Body"},"matchingRules":{"$ref":"#/definitions/MatchingRules"},"responseMatchingRules":{"$ref":"#/definitions/MatchingRules"},"generators":{"$ref":"#/definitions/Generators"}}},"QueryValue":{"description":"One value, or the values of a repeated parameter (`null` = present without `=`).","type":["string","array","null","number","boolean"],"items":{"type":["string","null","number","boolean"]}},"Headers":{"description":"Header name to a value (V1-V3, may be a comma-separated list) or to a list of values (V4).","type":"object","additionalProperties":{"type":["string","array","number","boolean"],"items":{"type":["string","number","boolean"]}}},"Body":{"tsType":"unknown","description":"V1-V3: any JSON value (strings are text, base64 for binary types). V4: {content, contentType, encoded, contentTypeHint}."},"MatchingRules":{"description":"V2: flat map of `$.body...`/`$.headers.X`/`$.query.x`/`$.path` to one rule. V3/V4: category map.","type":"object","properties":{"path":{"$ref":"#/definitions/RuleList"},"status":{"$ref":"#/definitions/RuleList"},"method":{"$ref":"#/definitions/RuleList"},"header":{"$ref":"#/definitions/KeyedRuleLists"},"headers":{"$ref":"#/definitions/KeyedRuleLists"},"query":{"$ref":"#/definitions/KeyedRuleLists"},"body":{"$ref":"#/definitions/KeyedRuleLists"},"content":{"$ref":"#/definitions/KeyedRuleLists"},"metadata":{"$ref":"#/definitions/KeyedRuleLists"}},"patternProperties":{"^\\$":{"$ref":"#/definitions/MatchingRule"}}},"KeyedRuleLists":{"type":"object","additionalProperties":{"$ref":"#/definitions/RuleList"}},"RuleList":{"description":"V3 `{combine, matchers}`; a bare rule object is accepted too.","type":"object","properties":{"combine":{"type":"string","pattern":"^([Aa][Nn][Dd]|[Oo][Rr])$","x-expected":"\"AND\" or \"OR\""},"matchers":{"type":"array","items":{"$ref":"#/definitions/MatchingRule"}},"match":{"type":"string"},"regex":{"type":"string"},"min":{"$ref":"#/definitions/Count"},"max":{"$ref":"#/definitions/Count"}}},"MatchingRule":{"type":"object","properties":{"match":{"type":"string"},"regex":{"type":"string"},"min":{"$ref":"#/definitions/Count"},"max":{"$ref":"#/definitions/Count"},"format":{"type":"string"},"timestamp":{"type":"string"},"date":{"type":"string"},"time":{"type":"string"}}},"Count":{"description":"An array size: an integer, or a numeric string (the V3 spec's own example writes \"1\").","type":["integer","string"],"pattern":"^\\s*-?[0-9]+\\s*$","x-expected":"an integer or a numeric string"},"Generators":{"type":"object","properties":{"path":{"$ref":"#/definitions/Generator"},"status":{"$ref":"#/definitions/Generator"},"method":{"$ref":"#/definitions/Generator"},"header":{"$ref":"#/definitions/KeyedGenerators"},"query":{"$ref":"#/definitions/KeyedGenerators"},"body":{"$ref":"#/definitions/KeyedGenerators"},"content":{"$ref":"#/definitions/KeyedGenerators"},"metadata":{"$ref":"#/definitions/KeyedGenerators"}}},"KeyedGenerators":{"type":"object","additionalProperties":{"$ref":"#/definitions/Generator"}},"Generator":{"type":"object","properties":{"type":{"type":"string"}}}}};
const schema12 = {"type":"object","properties":{"name":{"type":"string"}},"required":["name"]};
const schema14 = {"description":"An interaction of any version. V4 adds `type`, `key`, `pending`, `comments`, `transport`; only HTTP interactions need `request` and `response`.","type":"object","properties":{"type":{"type":"string"},"description":{"type":"string"},"providerState":{"type":["string","null"]},"providerStates":{"type":"array","items":{"$ref":"#/definitions/ProviderState"}},"request":{"$ref":"#/definitions/Request"},"response":{"$ref":"#/definitions/Response"},"key":{"type":"string"},"pending":{"type":"boolean"},"comments":{"type":"object"},"transport":{"type":"string"}},"required":["description"],"if":{"properties":{"type":{"not":{"const":"Synchronous/HTTP"}}},"required":["type"]},"else":{"required":["request","response"]}};
const schema15 = {"type":"object","properties":{"name":{"type":"string"},"params":{"type":["object","null"]}},"required":["name"]};
const schema16 = {"type":"object","properties":{"method":{"type":"string"},"path":{"type":"string"},"query":{"description":"A query string (V1/V2, accepted in every version) or, from V3, an object of name to value(s).","type":["string","object"],"additionalProperties":{"$ref":"#/definitions/QueryValue"}},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Body"},"matchingRules":{"$ref":"#/definitions/MatchingRules"},"requestMatchingRules":{"$ref":"#/definitions/MatchingRules"},"generators":{"$ref":"#/definitions/Generators"}}};
const schema17 = {"description":"One value, or the values of a repeated parameter (`null` = present without `=`).","type":["string","array","null","number","boolean"],"items":{"type":["string","null","number","boolean"]}};
const schema18 = {"description":"Header name to a value (V1-V3, may be a comma-separated list) or to a list of values (V4).","type":"object","additionalProperties":{"type":["string","array","number","boolean"],"items":{"type":["string","number","boolean"]}}};
const schema19 = {"tsType":"unknown","description":"V1-V3: any JSON value (strings are text, base64 for binary types). V4: {content, contentType, encoded, contentTypeHint}."};
const schema20 = {"description":"V2: flat map of `$.body...`/`$.headers.X`/`$.query.x`/`$.path` to one rule. V3/V4: category map.","type":"object","properties":{"path":{"$ref":"#/definitions/RuleList"},"status":{"$ref":"#/definitions/RuleList"},"method":{"$ref":"#/definitions/RuleList"},"header":{"$ref":"#/definitions/KeyedRuleLists"},"headers":{"$ref":"#/definitions/KeyedRuleLists"},"query":{"$ref":"#/definitions/KeyedRuleLists"},"body":{"$ref":"#/definitions/KeyedRuleLists"},"content":{"$ref":"#/definitions/KeyedRuleLists"},"metadata":{"$ref":"#/definitions/KeyedRuleLists"}},"patternProperties":{"^\\$":{"$ref":"#/definitions/MatchingRule"}}};
const schema21 = {"description":"V3 `{combine, matchers}`; a bare rule object is accepted too.","type":"object","properties":{"combine":{"type":"string","pattern":"^([Aa][Nn][Dd]|[Oo][Rr])$","x-expected":"\"AND\" or \"OR\""},"matchers":{"type":"array","items":{"$ref":"#/definitions/MatchingRule"}},"match":{"type":"string"},"regex":{"type":"string"},"min":{"$ref":"#/definitions/Count"},"max":{"$ref":"#/definitions/Count"}}};
const schema23 = {"description":"An array size: an integer, or a numeric string (the V3 spec's own example writes \"1\").","type":["integer","string"],"pattern":"^\\s*-?[0-9]+\\s*$","x-expected":"an integer or a numeric string"};
const pattern0 = new RegExp("^([Aa][Nn][Dd]|[Oo][Rr])$", "u");
const pattern1 = new RegExp("^\\s*-?[0-9]+\\s*$", "u");
const schema22 = {"type":"object","properties":{"match":{"type":"string"},"regex":{"type":"string"},"min":{"$ref":"#/definitions/Count"},"max":{"$ref":"#/definitions/Count"},"format":{"type":"string"},"timestamp":{"type":"string"},"date":{"type":"string"},"time":{"type":"string"}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.match !== undefined){
let data0 = data.match;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate15.errors = [{instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.match.type,parentSchema:schema22.properties.match,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.regex !== undefined){
let data1 = data.regex;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate15.errors = [{instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.regex.type,parentSchema:schema22.properties.regex,data:data1}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.min !== undefined){
let data2 = data.min;
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate15.errors = [{instancePath:instancePath+"/min",schemaPath:"#/definitions/Count/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data2}];
return false;
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
validate15.errors = [{instancePath:instancePath+"/min",schemaPath:"#/definitions/Count/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+\\s*$"+"\"",schema:"^\\s*-?[0-9]+\\s*$",parentSchema:schema23,data:data2}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max !== undefined){
let data3 = data.max;
const _errs9 = errors;
const _errs10 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
validate15.errors = [{instancePath:instancePath+"/max",schemaPath:"#/definitions/Count/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data3}];
return false;
}
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
validate15.errors = [{instancePath:instancePath+"/max",schemaPath:"#/definitions/Count/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+\\s*$"+"\"",schema:"^\\s*-?[0-9]+\\s*$",parentSchema:schema23,data:data3}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.format !== undefined){
let data4 = data.format;
const _errs13 = errors;
if(typeof data4 !== "string"){
validate15.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.format.type,parentSchema:schema22.properties.format,data:data4}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data5 = data.timestamp;
const _errs15 = errors;
if(typeof data5 !== "string"){
validate15.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.timestamp.type,parentSchema:schema22.properties.timestamp,data:data5}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data6 = data.date;
const _errs17 = errors;
if(typeof data6 !== "string"){
validate15.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.date.type,parentSchema:schema22.properties.date,data:data6}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data7 = data.time;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate15.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.time.type,parentSchema:schema22.properties.time,data:data7}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.combine !== undefined){
let data0 = data.combine;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate14.errors = [{instancePath:instancePath+"/combine",schemaPath:"#/properties/combine/pattern",keyword:"pattern",params:{pattern: "^([Aa][Nn][Dd]|[Oo][Rr])$"},message:"must match pattern \""+"^([Aa][Nn][Dd]|[Oo][Rr])$"+"\"",schema:"^([Aa][Nn][Dd]|[Oo][Rr])$",parentSchema:schema21.properties.combine,data:data0}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/combine",schemaPath:"#/properties/combine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.combine.type,parentSchema:schema21.properties.combine,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchers !== undefined){
let data1 = data.matchers;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate15(data1[i0], {instancePath:instancePath+"/matchers/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/matchers",schemaPath:"#/properties/matchers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.matchers.type,parentSchema:schema21.properties.matchers,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.match !== undefined){
let data3 = data.match;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate14.errors = [{instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.match.type,parentSchema:schema21.properties.match,data:data3}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.regex !== undefined){
let data4 = data.regex;
const _errs9 = errors;
if(typeof data4 !== "string"){
validate14.errors = [{instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.regex.type,parentSchema:schema21.properties.regex,data:data4}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.min !== undefined){
let data5 = data.min;
const _errs11 = errors;
const _errs12 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
validate14.errors = [{instancePath:instancePath+"/min",schemaPath:"#/definitions/Count/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data5}];
return false;
}
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
validate14.errors = [{instancePath:instancePath+"/min",schemaPath:"#/definitions/Count/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+\\s*$"+"\"",schema:"^\\s*-?[0-9]+\\s*$",parentSchema:schema23,data:data5}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max !== undefined){
let data6 = data.max;
const _errs15 = errors;
const _errs16 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
validate14.errors = [{instancePath:instancePath+"/max",schemaPath:"#/definitions/Count/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data6}];
return false;
}
if(errors === _errs16){
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
validate14.errors = [{instancePath:instancePath+"/max",schemaPath:"#/definitions/Count/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+\\s*$"+"\"",schema:"^\\s*-?[0-9]+\\s*$",parentSchema:schema23,data:data6}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","additionalProperties":{"$ref":"#/definitions/RuleList"}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs2 = errors;
if(!(validate14(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const pattern5 = new RegExp("^\\$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path !== undefined){
const _errs1 = errors;
if(!(validate14(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs2 = errors;
if(!(validate14(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
const _errs3 = errors;
if(!(validate14(data.method, {instancePath:instancePath+"/method",parentData:data,parentDataProperty:"method",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.header !== undefined){
const _errs4 = errors;
if(!(validate20(data.header, {instancePath:instancePath+"/header",parentData:data,parentDataProperty:"header",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
const _errs5 = errors;
if(!(validate20(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.query !== undefined){
const _errs6 = errors;
if(!(validate20(data.query, {instancePath:instancePath+"/query",parentData:data,parentDataProperty:"query",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs7 = errors;
if(!(validate20(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs8 = errors;
if(!(validate20(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
const _errs9 = errors;
if(!(validate20(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid1 = true;
for(const key0 in data){
if(pattern5.test(key0)){
const _errs10 = errors;
if(!(validate15(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","properties":{"path":{"$ref":"#/definitions/Generator"},"status":{"$ref":"#/definitions/Generator"},"method":{"$ref":"#/definitions/Generator"},"header":{"$ref":"#/definitions/KeyedGenerators"},"query":{"$ref":"#/definitions/KeyedGenerators"},"body":{"$ref":"#/definitions/KeyedGenerators"},"content":{"$ref":"#/definitions/KeyedGenerators"},"metadata":{"$ref":"#/definitions/KeyedGenerators"}}};
const schema29 = {"type":"object","properties":{"type":{"type":"string"}}};
const schema32 = {"type":"object","additionalProperties":{"$ref":"#/definitions/Generator"}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
let data1 = data0.type;
if(typeof data1 !== "string"){
validate32.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/Generator/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data1}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path !== undefined){
let data0 = data.path;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
let data1 = data0.type;
if(typeof data1 !== "string"){
validate31.errors = [{instancePath:instancePath+"/path/type",schemaPath:"#/definitions/Generator/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data1}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/path",schemaPath:"#/definitions/Generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
let data3 = data2.type;
if(typeof data3 !== "string"){
validate31.errors = [{instancePath:instancePath+"/status/type",schemaPath:"#/definitions/Generator/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data3}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/Generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data2}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data4 = data.method;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.type !== undefined){
let data5 = data4.type;
if(typeof data5 !== "string"){
validate31.errors = [{instancePath:instancePath+"/method/type",schemaPath:"#/definitions/Generator/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data5}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/method",schemaPath:"#/definitions/Generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data4}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.header !== undefined){
const _errs16 = errors;
if(!(validate32(data.header, {instancePath:instancePath+"/header",parentData:data,parentDataProperty:"header",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.query !== undefined){
const _errs17 = errors;
if(!(validate32(data.query, {instancePath:instancePath+"/query",parentData:data,parentDataProperty:"query",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs18 = errors;
if(!(validate32(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs19 = errors;
if(!(validate32(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
const _errs20 = errors;
if(!(validate32(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method !== undefined){
let data0 = data.method;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate12.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.method.type,parentSchema:schema16.properties.method,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data1 = data.path;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate12.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.path.type,parentSchema:schema16.properties.path,data:data1}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.query !== undefined){
let data2 = data.query;
const _errs5 = errors;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
validate12.errors = [{instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: schema16.properties.query.type},message:"must be string,object",schema:schema16.properties.query.type,parentSchema:schema16.properties.query,data:data2}];
return false;
}
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
const _errs8 = errors;
const _errs9 = errors;
if(((((typeof data3 !== "string") && (!(Array.isArray(data3)))) && (data3 !== null)) && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
validate12.errors = [{instancePath:instancePath+"/query/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/QueryValue/type",keyword:"type",params:{type: schema17.type},message:"must be string,array,null,number,boolean",schema:schema17.type,parentSchema:schema17,data:data3}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if((((typeof data4 !== "string") && (data4 !== null)) && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
validate12.errors = [{instancePath:instancePath+"/query/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/QueryValue/items/type",keyword:"type",params:{type: schema17.items.type},message:"must be string,null,number,boolean",schema:schema17.items.type,parentSchema:schema17.items,data:data4}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data5 = data.headers;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
const _errs17 = errors;
if((((typeof data6 !== "string") && (!(Array.isArray(data6)))) && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
validate12.errors = [{instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,array,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data6}];
return false;
}
if(errors === _errs17){
if(Array.isArray(data6)){
var valid6 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs19 = errors;
if(((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")){
validate12.errors = [{instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/definitions/Headers/additionalProperties/items/type",keyword:"type",params:{type: schema18.additionalProperties.items.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.items.type,parentSchema:schema18.additionalProperties.items,data:data7}];
return false;
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/definitions/Headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data5}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs21 = errors;
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchingRules !== undefined){
const _errs24 = errors;
if(!(validate13(data.matchingRules, {instancePath:instancePath+"/matchingRules",parentData:data,parentDataProperty:"matchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestMatchingRules !== undefined){
const _errs25 = errors;
if(!(validate13(data.requestMatchingRules, {instancePath:instancePath+"/requestMatchingRules",parentData:data,parentDataProperty:"requestMatchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generators !== undefined){
const _errs26 = errors;
if(!(validate31(data.generators, {instancePath:instancePath+"/generators",parentData:data,parentDataProperty:"generators",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","properties":{"status":{"type":"integer","minimum":100,"maximum":999},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Body"},"matchingRules":{"$ref":"#/definitions/MatchingRules"},"responseMatchingRules":{"$ref":"#/definitions/MatchingRules"},"generators":{"$ref":"#/definitions/Generators"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate40.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.status.type,parentSchema:schema34.properties.status,data:data0}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999 || isNaN(data0)){
validate40.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999",schema:999,parentSchema:schema34.properties.status,data:data0}];
return false;
}
else {
if(data0 < 100 || isNaN(data0)){
validate40.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema34.properties.status,data:data0}];
return false;
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data1 = data.headers;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
let data2 = data1[key0];
const _errs7 = errors;
if((((typeof data2 !== "string") && (!(Array.isArray(data2)))) && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){
validate40.errors = [{instancePath:instancePath+"/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,array,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data2}];
return false;
}
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
validate40.errors = [{instancePath:instancePath+"/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/Headers/additionalProperties/items/type",keyword:"type",params:{type: schema18.additionalProperties.items.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.items.type,parentSchema:schema18.additionalProperties.items,data:data3}];
return false;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/definitions/Headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs11 = errors;
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchingRules !== undefined){
const _errs14 = errors;
if(!(validate13(data.matchingRules, {instancePath:instancePath+"/matchingRules",parentData:data,parentDataProperty:"matchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseMatchingRules !== undefined){
const _errs15 = errors;
if(!(validate13(data.responseMatchingRules, {instancePath:instancePath+"/responseMatchingRules",parentData:data,parentDataProperty:"responseMatchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generators !== undefined){
const _errs16 = errors;
if(!(validate31(data.generators, {instancePath:instancePath+"/generators",parentData:data,parentDataProperty:"generators",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
const _errs4 = errors;
const _errs5 = errors;
if("Synchronous/HTTP" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.request === undefined) && (missing1 = "request")) || ((data.response === undefined) && (missing1 = "response"))){
validate11.errors = [{instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema14.else.required,parentSchema:schema14.else,data}];
return false;
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema14.if,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate11.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.description === undefined) && (missing2 = "description")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema14.required,parentSchema:schema14,data}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.type.type,parentSchema:schema14.properties.type,data:data1}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.description !== undefined){
let data2 = data.description;
const _errs9 = errors;
if(typeof data2 !== "string"){
validate11.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.description.type,parentSchema:schema14.properties.description,data:data2}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.providerState !== undefined){
let data3 = data.providerState;
const _errs11 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate11.errors = [{instancePath:instancePath+"/providerState",schemaPath:"#/properties/providerState/type",keyword:"type",params:{type: schema14.properties.providerState.type},message:"must be string,null",schema:schema14.properties.providerState.type,parentSchema:schema14.properties.providerState,data:data3}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.providerStates !== undefined){
let data4 = data.providerStates;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data4)){
var valid4 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing3;
if((data5.name === undefined) && (missing3 = "name")){
validate11.errors = [{instancePath:instancePath+"/providerStates/" + i0,schemaPath:"#/definitions/ProviderState/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'",schema:schema15.required,parentSchema:schema15,data:data5}];
return false;
}
else {
if(data5.name !== undefined){
let data6 = data5.name;
const _errs18 = errors;
if(typeof data6 !== "string"){
validate11.errors = [{instancePath:instancePath+"/providerStates/" + i0+"/name",schemaPath:"#/definitions/ProviderState/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data6}];
return false;
}
var valid6 = _errs18 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.params !== undefined){
let data7 = data5.params;
const _errs20 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate11.errors = [{instancePath:instancePath+"/providerStates/" + i0+"/params",schemaPath:"#/definitions/ProviderState/properties/params/type",keyword:"type",params:{type: schema15.properties.params.type},message:"must be object,null",schema:schema15.properties.params.type,parentSchema:schema15.properties.params,data:data7}];
return false;
}
var valid6 = _errs20 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/providerStates/" + i0,schemaPath:"#/definitions/ProviderState/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data5}];
return false;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/providerStates",schemaPath:"#/properties/providerStates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.providerStates.type,parentSchema:schema14.properties.providerStates,data:data4}];
return false;
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.request !== undefined){
const _errs22 = errors;
if(!(validate12(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.response !== undefined){
const _errs23 = errors;
if(!(validate40(data.response, {instancePath:instancePath+"/response",parentData:data,parentDataProperty:"response",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.key !== undefined){
let data10 = data.key;
const _errs24 = errors;
if(typeof data10 !== "string"){
validate11.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.key.type,parentSchema:schema14.properties.key,data:data10}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.pending !== undefined){
let data11 = data.pending;
const _errs26 = errors;
if(typeof data11 !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/pending",schemaPath:"#/properties/pending/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.pending.type,parentSchema:schema14.properties.pending,data:data11}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.comments !== undefined){
let data12 = data.comments;
const _errs28 = errors;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
validate11.errors = [{instancePath:instancePath+"/comments",schemaPath:"#/properties/comments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.comments.type,parentSchema:schema14.properties.comments,data:data12}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.transport !== undefined){
let data13 = data.transport;
const _errs30 = errors;
if(typeof data13 !== "string"){
validate11.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.transport.type,parentSchema:schema14.properties.transport,data:data13}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema37 = {"type":"object","properties":{"description":{"type":"string"},"providerState":{"type":["string","null"]},"providerStates":{"type":"array","items":{"$ref":"#/definitions/ProviderState"}},"contents":{"tsType":"unknown"},"metaData":{"type":["object","null"]},"metadata":{"type":["object","null"]},"matchingRules":{"$ref":"#/definitions/MatchingRules"},"generators":{"$ref":"#/definitions/Generators"}},"required":["description"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.description === undefined) && (missing0 = "description")){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema37.required,parentSchema:schema37,data}];
return false;
}
else {
if(data.description !== undefined){
let data0 = data.description;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate46.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.providerState !== undefined){
let data1 = data.providerState;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate46.errors = [{instancePath:instancePath+"/providerState",schemaPath:"#/properties/providerState/type",keyword:"type",params:{type: schema37.properties.providerState.type},message:"must be string,null",schema:schema37.properties.providerState.type,parentSchema:schema37.properties.providerState,data:data1}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.providerStates !== undefined){
let data2 = data.providerStates;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.name === undefined) && (missing1 = "name")){
validate46.errors = [{instancePath:instancePath+"/providerStates/" + i0,schemaPath:"#/definitions/ProviderState/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema15.required,parentSchema:schema15,data:data3}];
return false;
}
else {
if(data3.name !== undefined){
let data4 = data3.name;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate46.errors = [{instancePath:instancePath+"/providerStates/" + i0+"/name",schemaPath:"#/definitions/ProviderState/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data4}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.params !== undefined){
let data5 = data3.params;
const _errs12 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate46.errors = [{instancePath:instancePath+"/providerStates/" + i0+"/params",schemaPath:"#/definitions/ProviderState/properties/params/type",keyword:"type",params:{type: schema15.properties.params.type},message:"must be object,null",schema:schema15.properties.params.type,parentSchema:schema15.properties.params,data:data5}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/providerStates/" + i0,schemaPath:"#/definitions/ProviderState/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data3}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/providerStates",schemaPath:"#/properties/providerStates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.providerStates.type,parentSchema:schema37.properties.providerStates,data:data2}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contents !== undefined){
const _errs14 = errors;
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metaData !== undefined){
let data7 = data.metaData;
const _errs16 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate46.errors = [{instancePath:instancePath+"/metaData",schemaPath:"#/properties/metaData/type",keyword:"type",params:{type: schema37.properties.metaData.type},message:"must be object,null",schema:schema37.properties.metaData.type,parentSchema:schema37.properties.metaData,data:data7}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data8 = data.metadata;
const _errs18 = errors;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
validate46.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema37.properties.metadata.type},message:"must be object,null",schema:schema37.properties.metadata.type,parentSchema:schema37.properties.metadata,data:data8}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchingRules !== undefined){
const _errs20 = errors;
if(!(validate13(data.matchingRules, {instancePath:instancePath+"/matchingRules",parentData:data,parentDataProperty:"matchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generators !== undefined){
const _errs21 = errors;
if(!(validate31(data.generators, {instancePath:instancePath+"/generators",parentData:data,parentDataProperty:"generators",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","properties":{"pactSpecification":{"$ref":"#/definitions/SpecificationMetadata"},"pact-specification":{"$ref":"#/definitions/SpecificationMetadata"},"pactSpecificationVersion":{"type":["string","number"]}}};
const schema40 = {"type":"object","properties":{"version":{"type":["string","number"]}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pactSpecification !== undefined){
let data0 = data.pactSpecification;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.version !== undefined){
let data1 = data0.version;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
validate50.errors = [{instancePath:instancePath+"/pactSpecification/version",schemaPath:"#/definitions/SpecificationMetadata/properties/version/type",keyword:"type",params:{type: schema40.properties.version.type},message:"must be string,number",schema:schema40.properties.version.type,parentSchema:schema40.properties.version,data:data1}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/pactSpecification",schemaPath:"#/definitions/SpecificationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["pact-specification"] !== undefined){
let data2 = data["pact-specification"];
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.version !== undefined){
let data3 = data2.version;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))){
validate50.errors = [{instancePath:instancePath+"/pact-specification/version",schemaPath:"#/definitions/SpecificationMetadata/properties/version/type",keyword:"type",params:{type: schema40.properties.version.type},message:"must be string,number",schema:schema40.properties.version.type,parentSchema:schema40.properties.version,data:data3}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/pact-specification",schemaPath:"#/definitions/SpecificationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data2}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pactSpecificationVersion !== undefined){
let data4 = data.pactSpecificationVersion;
const _errs11 = errors;
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
validate50.errors = [{instancePath:instancePath+"/pactSpecificationVersion",schemaPath:"#/properties/pactSpecificationVersion/type",keyword:"type",params:{type: schema39.properties.pactSpecificationVersion.type},message:"must be string,number",schema:schema39.properties.pactSpecificationVersion.type,parentSchema:schema39.properties.pactSpecificationVersion,data:data4}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pactwright.dev/schema/pact.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consumer !== undefined){
let data0 = data.consumer;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.name === undefined) && (missing0 = "name")){
validate10.errors = [{instancePath:instancePath+"/consumer",schemaPath:"#/definitions/Pacticipant/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema12.required,parentSchema:schema12,data:data0}];
return false;
}
else {
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 !== "string"){
validate10.errors = [{instancePath:instancePath+"/consumer/name",schemaPath:"#/definitions/Pacticipant/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.name.type,parentSchema:schema12.properties.name,data:data1}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/consumer",schemaPath:"#/definitions/Pacticipant/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.provider !== undefined){
let data2 = data.provider;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.name === undefined) && (missing1 = "name")){
validate10.errors = [{instancePath:instancePath+"/provider",schemaPath:"#/definitions/Pacticipant/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema12.required,parentSchema:schema12,data:data2}];
return false;
}
else {
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 !== "string"){
validate10.errors = [{instancePath:instancePath+"/provider/name",schemaPath:"#/definitions/Pacticipant/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.name.type,parentSchema:schema12.properties.name,data:data3}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/provider",schemaPath:"#/definitions/Pacticipant/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.interactions !== undefined){
let data4 = data.interactions;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid5 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate11(data4[i0], {instancePath:instancePath+"/interactions/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid5 = _errs13 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/interactions",schemaPath:"#/properties/interactions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.interactions.type,parentSchema:schema11.properties.interactions,data:data4}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data6 = data.messages;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid6 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(!(validate46(data6[i1], {instancePath:instancePath+"/messages/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid6 = _errs16 === errors;
if(!valid6){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.messages.type,parentSchema:schema11.properties.messages,data:data6}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
const _errs17 = errors;
if(!(validate50(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

const validateRequest = validate52;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method !== undefined){
let data0 = data.method;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate52.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.method.type,parentSchema:schema16.properties.method,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data1 = data.path;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate52.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.path.type,parentSchema:schema16.properties.path,data:data1}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.query !== undefined){
let data2 = data.query;
const _errs5 = errors;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
validate52.errors = [{instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: schema16.properties.query.type},message:"must be string,object",schema:schema16.properties.query.type,parentSchema:schema16.properties.query,data:data2}];
return false;
}
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
const _errs8 = errors;
const _errs9 = errors;
if(((((typeof data3 !== "string") && (!(Array.isArray(data3)))) && (data3 !== null)) && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
validate52.errors = [{instancePath:instancePath+"/query/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/QueryValue/type",keyword:"type",params:{type: schema17.type},message:"must be string,array,null,number,boolean",schema:schema17.type,parentSchema:schema17,data:data3}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if((((typeof data4 !== "string") && (data4 !== null)) && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
validate52.errors = [{instancePath:instancePath+"/query/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/QueryValue/items/type",keyword:"type",params:{type: schema17.items.type},message:"must be string,null,number,boolean",schema:schema17.items.type,parentSchema:schema17.items,data:data4}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data5 = data.headers;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
const _errs17 = errors;
if((((typeof data6 !== "string") && (!(Array.isArray(data6)))) && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
validate52.errors = [{instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,array,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data6}];
return false;
}
if(errors === _errs17){
if(Array.isArray(data6)){
var valid6 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs19 = errors;
if(((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")){
validate52.errors = [{instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/definitions/Headers/additionalProperties/items/type",keyword:"type",params:{type: schema18.additionalProperties.items.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.items.type,parentSchema:schema18.additionalProperties.items,data:data7}];
return false;
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/definitions/Headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data5}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs21 = errors;
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchingRules !== undefined){
const _errs24 = errors;
if(!(validate13(data.matchingRules, {instancePath:instancePath+"/matchingRules",parentData:data,parentDataProperty:"matchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestMatchingRules !== undefined){
const _errs25 = errors;
if(!(validate13(data.requestMatchingRules, {instancePath:instancePath+"/requestMatchingRules",parentData:data,parentDataProperty:"requestMatchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generators !== undefined){
const _errs26 = errors;
if(!(validate31(data.generators, {instancePath:instancePath+"/generators",parentData:data,parentDataProperty:"generators",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}

const validateResponse = validate56;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate56.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.status.type,parentSchema:schema34.properties.status,data:data0}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999 || isNaN(data0)){
validate56.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999",schema:999,parentSchema:schema34.properties.status,data:data0}];
return false;
}
else {
if(data0 < 100 || isNaN(data0)){
validate56.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema34.properties.status,data:data0}];
return false;
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data1 = data.headers;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
let data2 = data1[key0];
const _errs7 = errors;
if((((typeof data2 !== "string") && (!(Array.isArray(data2)))) && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){
validate56.errors = [{instancePath:instancePath+"/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,array,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data2}];
return false;
}
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
validate56.errors = [{instancePath:instancePath+"/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/Headers/additionalProperties/items/type",keyword:"type",params:{type: schema18.additionalProperties.items.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.items.type,parentSchema:schema18.additionalProperties.items,data:data3}];
return false;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/definitions/Headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs11 = errors;
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchingRules !== undefined){
const _errs14 = errors;
if(!(validate13(data.matchingRules, {instancePath:instancePath+"/matchingRules",parentData:data,parentDataProperty:"matchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseMatchingRules !== undefined){
const _errs15 = errors;
if(!(validate13(data.responseMatchingRules, {instancePath:instancePath+"/responseMatchingRules",parentData:data,parentDataProperty:"responseMatchingRules",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generators !== undefined){
const _errs16 = errors;
if(!(validate31(data.generators, {instancePath:instancePath+"/generators",parentData:data,parentDataProperty:"generators",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}

return { validatePact, validateRequest, validateResponse };
}
