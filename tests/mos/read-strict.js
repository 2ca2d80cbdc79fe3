// Strict reader of exported MOS files, on sofie mos-connection's own parsers.
// Usage: node read-strict.js FILE...  -> one JSON line per file:
//   {"file", "message", "mosID", "ncsID", "messageID", "parsed"}   (parsed: the library's model)
// Any file the library rejects: one line on stderr naming it, and exit code 1.
'use strict'
const fs = require('fs')
const { xml2js, MosModel } = require('@mos-connection/helper')

const STRICT = true

function readOne(file) {
	const doc = xml2js(fs.readFileSync(file, 'utf8'))
	if (!doc.mos) throw new Error('no <mos> root element')
	const mos = doc.mos
	for (const field of ['mosID', 'ncsID', 'messageID']) {
		if (mos[field] === undefined) throw new Error(`<mos> has no <${field}>`)
	}
	let message, parsed
	if (mos.roCreate) {
		message = 'roCreate'
		parsed = MosModel.XMLRunningOrder.fromXML(mos.roCreate, STRICT)
	} else if (mos.roReplace) {
		message = 'roReplace'
		parsed = MosModel.XMLRunningOrder.fromXML(mos.roReplace, STRICT)
	} else if (mos.roStorySend) {
		message = 'roStorySend'
		parsed = MosModel.XMLROFullStory.fromXML(mos.roStorySend, STRICT)
	} else {
		throw new Error('neither roCreate, roReplace nor roStorySend')
	}
	return { file, message, mosID: mos.mosID, ncsID: mos.ncsID, messageID: mos.messageID, parsed }
}

let failed = false
for (const file of process.argv.slice(2)) {
	try {
		process.stdout.write(JSON.stringify(readOne(file)) + '\n')
	} catch (err) {
		failed = true
		process.stderr.write(`${file}: ${err && err.message ? err.message : err}\n`)
	}
}
process.exit(failed ? 1 : 0)
