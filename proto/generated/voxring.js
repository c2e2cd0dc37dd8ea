/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const voxring = $root.voxring = (() => {

    /**
     * Namespace voxring.
     * @exports voxring
     * @namespace
     */
    const voxring = {};

    voxring.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof voxring
         * @namespace
         */
        const v1 = {};

        /**
         * ContentType enum.
         * @name voxring.v1.ContentType
         * @enum {number}
         * @property {number} CONTENT_TYPE_UNSPECIFIED=0 CONTENT_TYPE_UNSPECIFIED value
         * @property {number} VOICE=1 VOICE value
         * @property {number} TEXT=2 TEXT value
         * @property {number} IMAGE=3 IMAGE value
         * @property {number} LOCATION=4 LOCATION value
         */
        v1.ContentType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONTENT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VOICE"] = 1;
            values[valuesById[2] = "TEXT"] = 2;
            values[valuesById[3] = "IMAGE"] = 3;
            values[valuesById[4] = "LOCATION"] = 4;
            return values;
        })();

        /**
         * MessageState enum.
         * @name voxring.v1.MessageState
         * @enum {number}
         * @property {number} MESSAGE_STATE_UNSPECIFIED=0 MESSAGE_STATE_UNSPECIFIED value
         * @property {number} LIVE=1 LIVE value
         * @property {number} COMPLETE=2 COMPLETE value
         * @property {number} INTERRUPTED=3 INTERRUPTED value
         * @property {number} RECALLED=4 RECALLED value
         * @property {number} EXPIRED=5 EXPIRED value
         */
        v1.MessageState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MESSAGE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LIVE"] = 1;
            values[valuesById[2] = "COMPLETE"] = 2;
            values[valuesById[3] = "INTERRUPTED"] = 3;
            values[valuesById[4] = "RECALLED"] = 4;
            values[valuesById[5] = "EXPIRED"] = 5;
            return values;
        })();

        /**
         * ReceiptKind enum.
         * @name voxring.v1.ReceiptKind
         * @enum {number}
         * @property {number} RECEIPT_KIND_UNSPECIFIED=0 RECEIPT_KIND_UNSPECIFIED value
         * @property {number} DELIVERED=1 DELIVERED value
         * @property {number} HEARD=2 HEARD value
         */
        v1.ReceiptKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DELIVERED"] = 1;
            values[valuesById[2] = "HEARD"] = 2;
            return values;
        })();

        /**
         * ListenMode enum.
         * @name voxring.v1.ListenMode
         * @enum {number}
         * @property {number} LISTEN_MODE_UNSPECIFIED=0 LISTEN_MODE_UNSPECIFIED value
         * @property {number} NORMAL=1 NORMAL value
         * @property {number} IGNORE=2 IGNORE value
         * @property {number} SCREEN=3 SCREEN value
         */
        v1.ListenMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LISTEN_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NORMAL"] = 1;
            values[valuesById[2] = "IGNORE"] = 2;
            values[valuesById[3] = "SCREEN"] = 3;
            return values;
        })();

        /**
         * TimelineEventType enum.
         * @name voxring.v1.TimelineEventType
         * @enum {number}
         * @property {number} TIMELINE_EVENT_TYPE_UNSPECIFIED=0 TIMELINE_EVENT_TYPE_UNSPECIFIED value
         * @property {number} MESSAGE_NEW=1 MESSAGE_NEW value
         * @property {number} MESSAGE_ENDED=2 MESSAGE_ENDED value
         * @property {number} CONVERSATION_CHANGED=3 CONVERSATION_CHANGED value
         * @property {number} CONVERSATION_LEFT=4 CONVERSATION_LEFT value
         * @property {number} MESSAGE_RECALLED=5 MESSAGE_RECALLED value
         * @property {number} MESSAGE_EXPIRED=6 MESSAGE_EXPIRED value
         */
        v1.TimelineEventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIMELINE_EVENT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MESSAGE_NEW"] = 1;
            values[valuesById[2] = "MESSAGE_ENDED"] = 2;
            values[valuesById[3] = "CONVERSATION_CHANGED"] = 3;
            values[valuesById[4] = "CONVERSATION_LEFT"] = 4;
            values[valuesById[5] = "MESSAGE_RECALLED"] = 5;
            values[valuesById[6] = "MESSAGE_EXPIRED"] = 6;
            return values;
        })();

        v1.OpusParams = (function() {

            /**
             * Properties of an OpusParams.
             * @typedef {Object} voxring.v1.OpusParams.$Properties
             * @property {number|null} [sampleRate] OpusParams sampleRate
             * @property {number|null} [channels] OpusParams channels
             * @property {number|null} [frameDurationUs] OpusParams frameDurationUs
             * @property {number|null} [preSkip] OpusParams preSkip
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OpusParams.
             * @memberof voxring.v1
             * @interface IOpusParams
             * @augments voxring.v1.OpusParams.$Properties
             * @deprecated Use voxring.v1.OpusParams.$Properties instead.
             */

            /**
             * Shape of an OpusParams.
             * @typedef {voxring.v1.OpusParams.$Properties} voxring.v1.OpusParams.$Shape
             */

            /**
             * Constructs a new OpusParams.
             * @memberof voxring.v1
             * @classdesc Represents an OpusParams.
             * @constructor
             * @param {voxring.v1.OpusParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OpusParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OpusParams sampleRate.
             * @member {number} sampleRate
             * @memberof voxring.v1.OpusParams
             * @instance
             */
            OpusParams.prototype.sampleRate = 0;

            /**
             * OpusParams channels.
             * @member {number} channels
             * @memberof voxring.v1.OpusParams
             * @instance
             */
            OpusParams.prototype.channels = 0;

            /**
             * OpusParams frameDurationUs.
             * @member {number} frameDurationUs
             * @memberof voxring.v1.OpusParams
             * @instance
             */
            OpusParams.prototype.frameDurationUs = 0;

            /**
             * OpusParams preSkip.
             * @member {number} preSkip
             * @memberof voxring.v1.OpusParams
             * @instance
             */
            OpusParams.prototype.preSkip = 0;

            /**
             * Creates a new OpusParams instance using the specified properties.
             * @function create
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {voxring.v1.OpusParams.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.OpusParams} OpusParams instance
             * @type {{
             *   (properties: voxring.v1.OpusParams.$Shape): voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape;
             *   (properties?: voxring.v1.OpusParams.$Properties): voxring.v1.OpusParams;
             * }}
             */
            OpusParams.create = function(properties) {
                return new OpusParams(properties);
            };

            /**
             * Encodes the specified OpusParams message. Does not implicitly {@link voxring.v1.OpusParams.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {voxring.v1.OpusParams.$Properties} message OpusParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpusParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate") && message.sampleRate !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sampleRate);
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels") && message.channels !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.channels);
                if (message.frameDurationUs != null && $Object.hasOwnProperty.call(message, "frameDurationUs") && message.frameDurationUs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.frameDurationUs);
                if (message.preSkip != null && $Object.hasOwnProperty.call(message, "preSkip") && message.preSkip !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.preSkip);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OpusParams message, length delimited. Does not implicitly {@link voxring.v1.OpusParams.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {voxring.v1.OpusParams.$Properties} message OpusParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpusParams.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OpusParams message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape} OpusParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpusParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.OpusParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sampleRate = value;
                            else
                                delete message.sampleRate;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.channels = value;
                            else
                                delete message.channels;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frameDurationUs = value;
                            else
                                delete message.frameDurationUs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.preSkip = value;
                            else
                                delete message.preSkip;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OpusParams message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape} OpusParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpusParams.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OpusParams message.
             * @function verify
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OpusParams.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    if (!$util.isInteger(message.sampleRate))
                        return "sampleRate: integer expected";
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels"))
                    if (!$util.isInteger(message.channels))
                        return "channels: integer expected";
                if (message.frameDurationUs != null && $Object.hasOwnProperty.call(message, "frameDurationUs"))
                    if (!$util.isInteger(message.frameDurationUs))
                        return "frameDurationUs: integer expected";
                if (message.preSkip != null && $Object.hasOwnProperty.call(message, "preSkip"))
                    if (!$util.isInteger(message.preSkip))
                        return "preSkip: integer expected";
                return null;
            };

            /**
             * Creates an OpusParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.OpusParams} OpusParams
             */
            OpusParams.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.OpusParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.OpusParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.OpusParams();
                if (object.sampleRate != null)
                    if ($Number(object.sampleRate) !== 0)
                        message.sampleRate = object.sampleRate >>> 0;
                if (object.channels != null)
                    if ($Number(object.channels) !== 0)
                        message.channels = object.channels >>> 0;
                if (object.frameDurationUs != null)
                    if ($Number(object.frameDurationUs) !== 0)
                        message.frameDurationUs = object.frameDurationUs >>> 0;
                if (object.preSkip != null)
                    if ($Number(object.preSkip) !== 0)
                        message.preSkip = object.preSkip >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an OpusParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {voxring.v1.OpusParams} message OpusParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OpusParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sampleRate = 0;
                    object.channels = 0;
                    object.frameDurationUs = 0;
                    object.preSkip = 0;
                }
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    object.sampleRate = message.sampleRate;
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels"))
                    object.channels = message.channels;
                if (message.frameDurationUs != null && $Object.hasOwnProperty.call(message, "frameDurationUs"))
                    object.frameDurationUs = message.frameDurationUs;
                if (message.preSkip != null && $Object.hasOwnProperty.call(message, "preSkip"))
                    object.preSkip = message.preSkip;
                return object;
            };

            /**
             * Converts this OpusParams to JSON.
             * @function toJSON
             * @memberof voxring.v1.OpusParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OpusParams.prototype.toJSON = function() {
                return OpusParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OpusParams
             * @function getTypeUrl
             * @memberof voxring.v1.OpusParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OpusParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.OpusParams";
            };

            return OpusParams;
        })();

        v1.MessageHeader = (function() {

            /**
             * Properties of a MessageHeader.
             * @typedef {Object} voxring.v1.MessageHeader.$Properties
             * @property {string|null} [messageId] MessageHeader messageId
             * @property {string|null} [conversationId] MessageHeader conversationId
             * @property {string|null} [senderId] MessageHeader senderId
             * @property {string|null} [senderName] MessageHeader senderName
             * @property {voxring.v1.ContentType|null} [contentType] MessageHeader contentType
             * @property {voxring.v1.OpusParams.$Properties|null} [opus] MessageHeader opus
             * @property {number|null} [startedAtMs] MessageHeader startedAtMs
             * @property {number|null} [endedAtMs] MessageHeader endedAtMs
             * @property {number|null} [durationMs] MessageHeader durationMs
             * @property {number|null} [chunkCount] MessageHeader chunkCount
             * @property {number|null} [byteCount] MessageHeader byteCount
             * @property {voxring.v1.MessageState|null} [state] MessageHeader state
             * @property {string|null} [text] MessageHeader text
             * @property {string|null} [forUserId] MessageHeader forUserId
             * @property {string|null} [forUsername] MessageHeader forUsername
             * @property {voxring.v1.Location.$Properties|null} [location] MessageHeader location
             * @property {voxring.v1.ImageInfo.$Properties|null} [image] MessageHeader image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageHeader.
             * @memberof voxring.v1
             * @interface IMessageHeader
             * @augments voxring.v1.MessageHeader.$Properties
             * @deprecated Use voxring.v1.MessageHeader.$Properties instead.
             */

            /**
             * Shape of a MessageHeader.
             * @typedef {voxring.v1.MessageHeader.$Properties} voxring.v1.MessageHeader.$Shape
             */

            /**
             * Constructs a new MessageHeader.
             * @memberof voxring.v1
             * @classdesc Represents a MessageHeader.
             * @constructor
             * @param {voxring.v1.MessageHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageHeader messageId.
             * @member {string} messageId
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.messageId = "";

            /**
             * MessageHeader conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.conversationId = "";

            /**
             * MessageHeader senderId.
             * @member {string} senderId
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.senderId = "";

            /**
             * MessageHeader senderName.
             * @member {string} senderName
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.senderName = "";

            /**
             * MessageHeader contentType.
             * @member {voxring.v1.ContentType} contentType
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.contentType = 0;

            /**
             * MessageHeader opus.
             * @member {voxring.v1.OpusParams.$Properties|null|undefined} opus
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.opus = null;

            /**
             * MessageHeader startedAtMs.
             * @member {number} startedAtMs
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageHeader endedAtMs.
             * @member {number} endedAtMs
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.endedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageHeader durationMs.
             * @member {number} durationMs
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.durationMs = 0;

            /**
             * MessageHeader chunkCount.
             * @member {number} chunkCount
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.chunkCount = 0;

            /**
             * MessageHeader byteCount.
             * @member {number} byteCount
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.byteCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessageHeader state.
             * @member {voxring.v1.MessageState} state
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.state = 0;

            /**
             * MessageHeader text.
             * @member {string} text
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.text = "";

            /**
             * MessageHeader forUserId.
             * @member {string} forUserId
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.forUserId = "";

            /**
             * MessageHeader forUsername.
             * @member {string} forUsername
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.forUsername = "";

            /**
             * MessageHeader location.
             * @member {voxring.v1.Location.$Properties|null|undefined} location
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.location = null;

            /**
             * MessageHeader image.
             * @member {voxring.v1.ImageInfo.$Properties|null|undefined} image
             * @memberof voxring.v1.MessageHeader
             * @instance
             */
            MessageHeader.prototype.image = null;

            /**
             * Creates a new MessageHeader instance using the specified properties.
             * @function create
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {voxring.v1.MessageHeader.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.MessageHeader} MessageHeader instance
             * @type {{
             *   (properties: voxring.v1.MessageHeader.$Shape): voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape;
             *   (properties?: voxring.v1.MessageHeader.$Properties): voxring.v1.MessageHeader;
             * }}
             */
            MessageHeader.create = function(properties) {
                return new MessageHeader(properties);
            };

            /**
             * Encodes the specified MessageHeader message. Does not implicitly {@link voxring.v1.MessageHeader.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {voxring.v1.MessageHeader.$Properties} message MessageHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderId);
                if (message.senderName != null && $Object.hasOwnProperty.call(message, "senderName") && message.senderName !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.senderName);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.contentType);
                if (message.opus != null && $Object.hasOwnProperty.call(message, "opus"))
                    $root.voxring.v1.OpusParams.encode(message.opus, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.startedAtMs);
                if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && (typeof message.endedAtMs === "object" ? message.endedAtMs.low || message.endedAtMs.high : message.endedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.endedAtMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.durationMs);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.chunkCount);
                if (message.byteCount != null && $Object.hasOwnProperty.call(message, "byteCount") && (typeof message.byteCount === "object" ? message.byteCount.low || message.byteCount.high : message.byteCount !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.byteCount);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.state);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.text);
                if (message.forUserId != null && $Object.hasOwnProperty.call(message, "forUserId") && message.forUserId !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.forUserId);
                if (message.forUsername != null && $Object.hasOwnProperty.call(message, "forUsername") && message.forUsername !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.forUsername);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.voxring.v1.Location.encode(message.location, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.voxring.v1.ImageInfo.encode(message.image, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessageHeader message, length delimited. Does not implicitly {@link voxring.v1.MessageHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {voxring.v1.MessageHeader.$Properties} message MessageHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessageHeader message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape} MessageHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.MessageHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderName = value;
                            else
                                delete message.senderName;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.contentType = value;
                            else
                                delete message.contentType;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.opus = $root.voxring.v1.OpusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.opus);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endedAtMs = value;
                            else
                                delete message.endedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkCount = value;
                            else
                                delete message.chunkCount;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteCount = value;
                            else
                                delete message.byteCount;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.forUserId = value;
                            else
                                delete message.forUserId;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.forUsername = value;
                            else
                                delete message.forUsername;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.voxring.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.voxring.v1.ImageInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessageHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape} MessageHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessageHeader message.
             * @function verify
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessageHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    if (!$util.isString(message.senderId))
                        return "senderId: string expected";
                if (message.senderName != null && $Object.hasOwnProperty.call(message, "senderName"))
                    if (!$util.isString(message.senderName))
                        return "senderName: string expected";
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    if (typeof message.contentType !== "number" || (message.contentType | 0) !== message.contentType)
                        return "contentType: enum value expected";
                if (message.opus != null && $Object.hasOwnProperty.call(message, "opus")) {
                    let error = $root.voxring.v1.OpusParams.verify(message.opus, _depth + 1);
                    if (error)
                        return "opus." + error;
                }
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs"))
                    if (!$util.isInteger(message.endedAtMs) && !(message.endedAtMs && $util.isInteger(message.endedAtMs.low) && $util.isInteger(message.endedAtMs.high)))
                        return "endedAtMs: integer|Long expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs))
                        return "durationMs: integer expected";
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                if (message.byteCount != null && $Object.hasOwnProperty.call(message, "byteCount"))
                    if (!$util.isInteger(message.byteCount) && !(message.byteCount && $util.isInteger(message.byteCount.low) && $util.isInteger(message.byteCount.high)))
                        return "byteCount: integer|Long expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.forUserId != null && $Object.hasOwnProperty.call(message, "forUserId"))
                    if (!$util.isString(message.forUserId))
                        return "forUserId: string expected";
                if (message.forUsername != null && $Object.hasOwnProperty.call(message, "forUsername"))
                    if (!$util.isString(message.forUsername))
                        return "forUsername: string expected";
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    let error = $root.voxring.v1.Location.verify(message.location, _depth + 1);
                    if (error)
                        return "location." + error;
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    let error = $root.voxring.v1.ImageInfo.verify(message.image, _depth + 1);
                    if (error)
                        return "image." + error;
                }
                return null;
            };

            /**
             * Creates a MessageHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.MessageHeader} MessageHeader
             */
            MessageHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.MessageHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.MessageHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.MessageHeader();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.senderName != null)
                    if (typeof object.senderName !== "string" || object.senderName.length)
                        message.senderName = $String(object.senderName);
                if (object.contentType !== 0 && (typeof object.contentType !== "string" || $root.voxring.v1.ContentType[object.contentType] !== 0))
                    switch (object.contentType) {
                    case "CONTENT_TYPE_UNSPECIFIED":
                    case 0:
                        message.contentType = 0;
                        break;
                    case "VOICE":
                    case 1:
                        message.contentType = 1;
                        break;
                    case "TEXT":
                    case 2:
                        message.contentType = 2;
                        break;
                    case "IMAGE":
                    case 3:
                        message.contentType = 3;
                        break;
                    case "LOCATION":
                    case 4:
                        message.contentType = 4;
                        break;
                    default:
                        if (typeof object.contentType === "number" && (object.contentType | 0) === object.contentType)
                            message.contentType = object.contentType;
                    }
                if (object.opus != null) {
                    if (!$util.isObject(object.opus))
                        throw $TypeError(".voxring.v1.MessageHeader.opus: object expected");
                    message.opus = $root.voxring.v1.OpusParams.fromObject(object.opus, _depth + 1);
                }
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.endedAtMs != null)
                    if (typeof object.endedAtMs === "object" ? object.endedAtMs.low || object.endedAtMs.high : $Number(object.endedAtMs) !== 0)
                        if ($util.Long)
                            message.endedAtMs = $util.Long.fromValue(object.endedAtMs, true);
                        else if (typeof object.endedAtMs === "string")
                            message.endedAtMs = $parseInt(object.endedAtMs, 10);
                        else if (typeof object.endedAtMs === "number")
                            message.endedAtMs = object.endedAtMs;
                        else if (typeof object.endedAtMs === "object")
                            message.endedAtMs = new $util.LongBits(object.endedAtMs.low >>> 0, object.endedAtMs.high >>> 0).toNumber(true);
                if (object.durationMs != null)
                    if ($Number(object.durationMs) !== 0)
                        message.durationMs = object.durationMs >>> 0;
                if (object.chunkCount != null)
                    if ($Number(object.chunkCount) !== 0)
                        message.chunkCount = object.chunkCount >>> 0;
                if (object.byteCount != null)
                    if (typeof object.byteCount === "object" ? object.byteCount.low || object.byteCount.high : $Number(object.byteCount) !== 0)
                        if ($util.Long)
                            message.byteCount = $util.Long.fromValue(object.byteCount, true);
                        else if (typeof object.byteCount === "string")
                            message.byteCount = $parseInt(object.byteCount, 10);
                        else if (typeof object.byteCount === "number")
                            message.byteCount = object.byteCount;
                        else if (typeof object.byteCount === "object")
                            message.byteCount = new $util.LongBits(object.byteCount.low >>> 0, object.byteCount.high >>> 0).toNumber(true);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.voxring.v1.MessageState[object.state] !== 0))
                    switch (object.state) {
                    case "MESSAGE_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "LIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "COMPLETE":
                    case 2:
                        message.state = 2;
                        break;
                    case "INTERRUPTED":
                    case 3:
                        message.state = 3;
                        break;
                    case "RECALLED":
                    case 4:
                        message.state = 4;
                        break;
                    case "EXPIRED":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.forUserId != null)
                    if (typeof object.forUserId !== "string" || object.forUserId.length)
                        message.forUserId = $String(object.forUserId);
                if (object.forUsername != null)
                    if (typeof object.forUsername !== "string" || object.forUsername.length)
                        message.forUsername = $String(object.forUsername);
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".voxring.v1.MessageHeader.location: object expected");
                    message.location = $root.voxring.v1.Location.fromObject(object.location, _depth + 1);
                }
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".voxring.v1.MessageHeader.image: object expected");
                    message.image = $root.voxring.v1.ImageInfo.fromObject(object.image, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a MessageHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {voxring.v1.MessageHeader} message MessageHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    object.senderId = "";
                    object.senderName = "";
                    object.contentType = options.enums === $String ? "CONTENT_TYPE_UNSPECIFIED" : 0;
                    object.opus = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.endedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.durationMs = 0;
                    object.chunkCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.state = options.enums === $String ? "MESSAGE_STATE_UNSPECIFIED" : 0;
                    object.text = "";
                    object.forUserId = "";
                    object.forUsername = "";
                    object.location = null;
                    object.image = null;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.senderName != null && $Object.hasOwnProperty.call(message, "senderName"))
                    object.senderName = message.senderName;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = options.enums === $String ? $root.voxring.v1.ContentType[message.contentType] === $undefined ? message.contentType : $root.voxring.v1.ContentType[message.contentType] : message.contentType;
                if (message.opus != null && $Object.hasOwnProperty.call(message, "opus"))
                    object.opus = $root.voxring.v1.OpusParams.toObject(message.opus, options, _depth + 1);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endedAtMs = typeof message.endedAtMs === "number" ? $BigInt(message.endedAtMs) : $util.Long.fromBits(message.endedAtMs.low >>> 0, message.endedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.endedAtMs === "number")
                        object.endedAtMs = options.longs === $String ? $String(message.endedAtMs) : message.endedAtMs;
                    else
                        object.endedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endedAtMs) : options.longs === $Number ? new $util.LongBits(message.endedAtMs.low >>> 0, message.endedAtMs.high >>> 0).toNumber(true) : message.endedAtMs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = message.durationMs;
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                if (message.byteCount != null && $Object.hasOwnProperty.call(message, "byteCount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteCount = typeof message.byteCount === "number" ? $BigInt(message.byteCount) : $util.Long.fromBits(message.byteCount.low >>> 0, message.byteCount.high >>> 0, true).toBigInt();
                    else if (typeof message.byteCount === "number")
                        object.byteCount = options.longs === $String ? $String(message.byteCount) : message.byteCount;
                    else
                        object.byteCount = options.longs === $String ? $util.Long.prototype.toString.call(message.byteCount) : options.longs === $Number ? new $util.LongBits(message.byteCount.low >>> 0, message.byteCount.high >>> 0).toNumber(true) : message.byteCount;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.voxring.v1.MessageState[message.state] === $undefined ? message.state : $root.voxring.v1.MessageState[message.state] : message.state;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.forUserId != null && $Object.hasOwnProperty.call(message, "forUserId"))
                    object.forUserId = message.forUserId;
                if (message.forUsername != null && $Object.hasOwnProperty.call(message, "forUsername"))
                    object.forUsername = message.forUsername;
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = $root.voxring.v1.Location.toObject(message.location, options, _depth + 1);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.voxring.v1.ImageInfo.toObject(message.image, options, _depth + 1);
                return object;
            };

            /**
             * Converts this MessageHeader to JSON.
             * @function toJSON
             * @memberof voxring.v1.MessageHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageHeader.prototype.toJSON = function() {
                return MessageHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageHeader
             * @function getTypeUrl
             * @memberof voxring.v1.MessageHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.MessageHeader";
            };

            return MessageHeader;
        })();

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} voxring.v1.Location.$Properties
             * @property {number|null} [latitudeE7] Location latitudeE7
             * @property {number|null} [longitudeE7] Location longitudeE7
             * @property {number|null} [accuracyM] Location accuracyM
             * @property {string|null} [formattedAddress] Location formattedAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof voxring.v1
             * @interface ILocation
             * @augments voxring.v1.Location.$Properties
             * @deprecated Use voxring.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {voxring.v1.Location.$Properties} voxring.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof voxring.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {voxring.v1.Location.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Location = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Location latitudeE7.
             * @member {number} latitudeE7
             * @memberof voxring.v1.Location
             * @instance
             */
            Location.prototype.latitudeE7 = 0;

            /**
             * Location longitudeE7.
             * @member {number} longitudeE7
             * @memberof voxring.v1.Location
             * @instance
             */
            Location.prototype.longitudeE7 = 0;

            /**
             * Location accuracyM.
             * @member {number} accuracyM
             * @memberof voxring.v1.Location
             * @instance
             */
            Location.prototype.accuracyM = 0;

            /**
             * Location formattedAddress.
             * @member {string} formattedAddress
             * @memberof voxring.v1.Location
             * @instance
             */
            Location.prototype.formattedAddress = "";

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Location
             * @static
             * @param {voxring.v1.Location.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Location} Location instance
             * @type {{
             *   (properties: voxring.v1.Location.$Shape): voxring.v1.Location & voxring.v1.Location.$Shape;
             *   (properties?: voxring.v1.Location.$Properties): voxring.v1.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link voxring.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Location
             * @static
             * @param {voxring.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latitudeE7 != null && $Object.hasOwnProperty.call(message, "latitudeE7") && message.latitudeE7 !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.latitudeE7);
                if (message.longitudeE7 != null && $Object.hasOwnProperty.call(message, "longitudeE7") && message.longitudeE7 !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.longitudeE7);
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM") && message.accuracyM !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.accuracyM);
                if (message.formattedAddress != null && $Object.hasOwnProperty.call(message, "formattedAddress") && message.formattedAddress !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.formattedAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Location message, length delimited. Does not implicitly {@link voxring.v1.Location.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Location
             * @static
             * @param {voxring.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Location & voxring.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Location();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.latitudeE7 = value;
                            else
                                delete message.latitudeE7;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.longitudeE7 = value;
                            else
                                delete message.longitudeE7;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accuracyM = value;
                            else
                                delete message.accuracyM;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.formattedAddress = value;
                            else
                                delete message.formattedAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Location message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Location & voxring.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Location message.
             * @function verify
             * @memberof voxring.v1.Location
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Location.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.latitudeE7 != null && $Object.hasOwnProperty.call(message, "latitudeE7"))
                    if (!$util.isInteger(message.latitudeE7))
                        return "latitudeE7: integer expected";
                if (message.longitudeE7 != null && $Object.hasOwnProperty.call(message, "longitudeE7"))
                    if (!$util.isInteger(message.longitudeE7))
                        return "longitudeE7: integer expected";
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    if (!$util.isInteger(message.accuracyM))
                        return "accuracyM: integer expected";
                if (message.formattedAddress != null && $Object.hasOwnProperty.call(message, "formattedAddress"))
                    if (!$util.isString(message.formattedAddress))
                        return "formattedAddress: string expected";
                return null;
            };

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Location
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Location} Location
             */
            Location.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Location)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Location: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Location();
                if (object.latitudeE7 != null)
                    if ($Number(object.latitudeE7) !== 0)
                        message.latitudeE7 = object.latitudeE7 | 0;
                if (object.longitudeE7 != null)
                    if ($Number(object.longitudeE7) !== 0)
                        message.longitudeE7 = object.longitudeE7 | 0;
                if (object.accuracyM != null)
                    if ($Number(object.accuracyM) !== 0)
                        message.accuracyM = object.accuracyM >>> 0;
                if (object.formattedAddress != null)
                    if (typeof object.formattedAddress !== "string" || object.formattedAddress.length)
                        message.formattedAddress = $String(object.formattedAddress);
                return message;
            };

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Location
             * @static
             * @param {voxring.v1.Location} message Location
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Location.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.latitudeE7 = 0;
                    object.longitudeE7 = 0;
                    object.accuracyM = 0;
                    object.formattedAddress = "";
                }
                if (message.latitudeE7 != null && $Object.hasOwnProperty.call(message, "latitudeE7"))
                    object.latitudeE7 = message.latitudeE7;
                if (message.longitudeE7 != null && $Object.hasOwnProperty.call(message, "longitudeE7"))
                    object.longitudeE7 = message.longitudeE7;
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    object.accuracyM = message.accuracyM;
                if (message.formattedAddress != null && $Object.hasOwnProperty.call(message, "formattedAddress"))
                    object.formattedAddress = message.formattedAddress;
                return object;
            };

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof voxring.v1.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof voxring.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Location";
            };

            return Location;
        })();

        v1.ImageInfo = (function() {

            /**
             * Properties of an ImageInfo.
             * @typedef {Object} voxring.v1.ImageInfo.$Properties
             * @property {string|null} [type] ImageInfo type
             * @property {number|null} [width] ImageInfo width
             * @property {number|null} [height] ImageInfo height
             * @property {string|null} [source] ImageInfo source
             * @property {number|null} [thumbnailBytes] ImageInfo thumbnailBytes
             * @property {number|null} [imageBytes] ImageInfo imageBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageInfo.
             * @memberof voxring.v1
             * @interface IImageInfo
             * @augments voxring.v1.ImageInfo.$Properties
             * @deprecated Use voxring.v1.ImageInfo.$Properties instead.
             */

            /**
             * Shape of an ImageInfo.
             * @typedef {voxring.v1.ImageInfo.$Properties} voxring.v1.ImageInfo.$Shape
             */

            /**
             * Constructs a new ImageInfo.
             * @memberof voxring.v1
             * @classdesc Represents an ImageInfo.
             * @constructor
             * @param {voxring.v1.ImageInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ImageInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ImageInfo type.
             * @member {string} type
             * @memberof voxring.v1.ImageInfo
             * @instance
             */
            ImageInfo.prototype.type = "";

            /**
             * ImageInfo width.
             * @member {number} width
             * @memberof voxring.v1.ImageInfo
             * @instance
             */
            ImageInfo.prototype.width = 0;

            /**
             * ImageInfo height.
             * @member {number} height
             * @memberof voxring.v1.ImageInfo
             * @instance
             */
            ImageInfo.prototype.height = 0;

            /**
             * ImageInfo source.
             * @member {string} source
             * @memberof voxring.v1.ImageInfo
             * @instance
             */
            ImageInfo.prototype.source = "";

            /**
             * ImageInfo thumbnailBytes.
             * @member {number} thumbnailBytes
             * @memberof voxring.v1.ImageInfo
             * @instance
             */
            ImageInfo.prototype.thumbnailBytes = 0;

            /**
             * ImageInfo imageBytes.
             * @member {number} imageBytes
             * @memberof voxring.v1.ImageInfo
             * @instance
             */
            ImageInfo.prototype.imageBytes = 0;

            /**
             * Creates a new ImageInfo instance using the specified properties.
             * @function create
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {voxring.v1.ImageInfo.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.ImageInfo} ImageInfo instance
             * @type {{
             *   (properties: voxring.v1.ImageInfo.$Shape): voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape;
             *   (properties?: voxring.v1.ImageInfo.$Properties): voxring.v1.ImageInfo;
             * }}
             */
            ImageInfo.create = function(properties) {
                return new ImageInfo(properties);
            };

            /**
             * Encodes the specified ImageInfo message. Does not implicitly {@link voxring.v1.ImageInfo.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {voxring.v1.ImageInfo.$Properties} message ImageInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.height);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                if (message.thumbnailBytes != null && $Object.hasOwnProperty.call(message, "thumbnailBytes") && message.thumbnailBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.thumbnailBytes);
                if (message.imageBytes != null && $Object.hasOwnProperty.call(message, "imageBytes") && message.imageBytes !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.imageBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ImageInfo message, length delimited. Does not implicitly {@link voxring.v1.ImageInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {voxring.v1.ImageInfo.$Properties} message ImageInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ImageInfo message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape} ImageInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.ImageInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.thumbnailBytes = value;
                            else
                                delete message.thumbnailBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.imageBytes = value;
                            else
                                delete message.imageBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ImageInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape} ImageInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ImageInfo message.
             * @function verify
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ImageInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.thumbnailBytes != null && $Object.hasOwnProperty.call(message, "thumbnailBytes"))
                    if (!$util.isInteger(message.thumbnailBytes))
                        return "thumbnailBytes: integer expected";
                if (message.imageBytes != null && $Object.hasOwnProperty.call(message, "imageBytes"))
                    if (!$util.isInteger(message.imageBytes))
                        return "imageBytes: integer expected";
                return null;
            };

            /**
             * Creates an ImageInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.ImageInfo} ImageInfo
             */
            ImageInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.ImageInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.ImageInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.ImageInfo();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.thumbnailBytes != null)
                    if ($Number(object.thumbnailBytes) !== 0)
                        message.thumbnailBytes = object.thumbnailBytes >>> 0;
                if (object.imageBytes != null)
                    if ($Number(object.imageBytes) !== 0)
                        message.imageBytes = object.imageBytes >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ImageInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {voxring.v1.ImageInfo} message ImageInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.width = 0;
                    object.height = 0;
                    object.source = "";
                    object.thumbnailBytes = 0;
                    object.imageBytes = 0;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.thumbnailBytes != null && $Object.hasOwnProperty.call(message, "thumbnailBytes"))
                    object.thumbnailBytes = message.thumbnailBytes;
                if (message.imageBytes != null && $Object.hasOwnProperty.call(message, "imageBytes"))
                    object.imageBytes = message.imageBytes;
                return object;
            };

            /**
             * Converts this ImageInfo to JSON.
             * @function toJSON
             * @memberof voxring.v1.ImageInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageInfo.prototype.toJSON = function() {
                return ImageInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageInfo
             * @function getTypeUrl
             * @memberof voxring.v1.ImageInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.ImageInfo";
            };

            return ImageInfo;
        })();

        v1.Participant = (function() {

            /**
             * Properties of a Participant.
             * @typedef {Object} voxring.v1.Participant.$Properties
             * @property {string|null} [userId] Participant userId
             * @property {string|null} [username] Participant username
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Participant.
             * @memberof voxring.v1
             * @interface IParticipant
             * @augments voxring.v1.Participant.$Properties
             * @deprecated Use voxring.v1.Participant.$Properties instead.
             */

            /**
             * Shape of a Participant.
             * @typedef {voxring.v1.Participant.$Properties} voxring.v1.Participant.$Shape
             */

            /**
             * Constructs a new Participant.
             * @memberof voxring.v1
             * @classdesc Represents a Participant.
             * @constructor
             * @param {voxring.v1.Participant.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Participant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Participant userId.
             * @member {string} userId
             * @memberof voxring.v1.Participant
             * @instance
             */
            Participant.prototype.userId = "";

            /**
             * Participant username.
             * @member {string} username
             * @memberof voxring.v1.Participant
             * @instance
             */
            Participant.prototype.username = "";

            /**
             * Creates a new Participant instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Participant
             * @static
             * @param {voxring.v1.Participant.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Participant} Participant instance
             * @type {{
             *   (properties: voxring.v1.Participant.$Shape): voxring.v1.Participant & voxring.v1.Participant.$Shape;
             *   (properties?: voxring.v1.Participant.$Properties): voxring.v1.Participant;
             * }}
             */
            Participant.create = function(properties) {
                return new Participant(properties);
            };

            /**
             * Encodes the specified Participant message. Does not implicitly {@link voxring.v1.Participant.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Participant
             * @static
             * @param {voxring.v1.Participant.$Properties} message Participant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Participant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Participant message, length delimited. Does not implicitly {@link voxring.v1.Participant.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Participant
             * @static
             * @param {voxring.v1.Participant.$Properties} message Participant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Participant.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Participant message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Participant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Participant & voxring.v1.Participant.$Shape} Participant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Participant.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Participant();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Participant message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Participant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Participant & voxring.v1.Participant.$Shape} Participant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Participant.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Participant message.
             * @function verify
             * @memberof voxring.v1.Participant
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Participant.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                return null;
            };

            /**
             * Creates a Participant message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Participant
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Participant} Participant
             */
            Participant.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Participant)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Participant: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Participant();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                return message;
            };

            /**
             * Creates a plain object from a Participant message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Participant
             * @static
             * @param {voxring.v1.Participant} message Participant
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Participant.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.username = "";
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                return object;
            };

            /**
             * Converts this Participant to JSON.
             * @function toJSON
             * @memberof voxring.v1.Participant
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Participant.prototype.toJSON = function() {
                return Participant.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Participant
             * @function getTypeUrl
             * @memberof voxring.v1.Participant
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Participant.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Participant";
            };

            return Participant;
        })();

        v1.Conversation = (function() {

            /**
             * Properties of a Conversation.
             * @typedef {Object} voxring.v1.Conversation.$Properties
             * @property {string|null} [conversationId] Conversation conversationId
             * @property {string|null} [name] Conversation name
             * @property {boolean|null} [isGroup] Conversation isGroup
             * @property {Array.<voxring.v1.Participant.$Properties>|null} [participants] Conversation participants
             * @property {number|null} [createdAtMs] Conversation createdAtMs
             * @property {number|null} [retentionMs] Conversation retentionMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Conversation.
             * @memberof voxring.v1
             * @interface IConversation
             * @augments voxring.v1.Conversation.$Properties
             * @deprecated Use voxring.v1.Conversation.$Properties instead.
             */

            /**
             * Shape of a Conversation.
             * @typedef {voxring.v1.Conversation.$Properties} voxring.v1.Conversation.$Shape
             */

            /**
             * Constructs a new Conversation.
             * @memberof voxring.v1
             * @classdesc Represents a Conversation.
             * @constructor
             * @param {voxring.v1.Conversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Conversation = function (properties) {
                this.participants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Conversation conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.Conversation
             * @instance
             */
            Conversation.prototype.conversationId = "";

            /**
             * Conversation name.
             * @member {string} name
             * @memberof voxring.v1.Conversation
             * @instance
             */
            Conversation.prototype.name = "";

            /**
             * Conversation isGroup.
             * @member {boolean} isGroup
             * @memberof voxring.v1.Conversation
             * @instance
             */
            Conversation.prototype.isGroup = false;

            /**
             * Conversation participants.
             * @member {Array.<voxring.v1.Participant.$Properties>} participants
             * @memberof voxring.v1.Conversation
             * @instance
             */
            Conversation.prototype.participants = $util.emptyArray;

            /**
             * Conversation createdAtMs.
             * @member {number} createdAtMs
             * @memberof voxring.v1.Conversation
             * @instance
             */
            Conversation.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Conversation retentionMs.
             * @member {number} retentionMs
             * @memberof voxring.v1.Conversation
             * @instance
             */
            Conversation.prototype.retentionMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Conversation instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Conversation
             * @static
             * @param {voxring.v1.Conversation.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Conversation} Conversation instance
             * @type {{
             *   (properties: voxring.v1.Conversation.$Shape): voxring.v1.Conversation & voxring.v1.Conversation.$Shape;
             *   (properties?: voxring.v1.Conversation.$Properties): voxring.v1.Conversation;
             * }}
             */
            Conversation.create = function(properties) {
                return new Conversation(properties);
            };

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link voxring.v1.Conversation.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Conversation
             * @static
             * @param {voxring.v1.Conversation.$Properties} message Conversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.isGroup != null && $Object.hasOwnProperty.call(message, "isGroup") && message.isGroup !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isGroup);
                if (message.participants != null && message.participants.length)
                    for (let i = 0; i < message.participants.length; ++i)
                        $root.voxring.v1.Participant.encode(message.participants[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
                if (message.retentionMs != null && $Object.hasOwnProperty.call(message, "retentionMs") && (typeof message.retentionMs === "object" ? message.retentionMs.low || message.retentionMs.high : message.retentionMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.retentionMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Conversation message, length delimited. Does not implicitly {@link voxring.v1.Conversation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Conversation
             * @static
             * @param {voxring.v1.Conversation.$Properties} message Conversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conversation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Conversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Conversation & voxring.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Conversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isGroup = value;
                            else
                                delete message.isGroup;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.participants && message.participants.length))
                                message.participants = [];
                            message.participants.push($root.voxring.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.retentionMs = value;
                            else
                                delete message.retentionMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Conversation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Conversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Conversation & voxring.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conversation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Conversation message.
             * @function verify
             * @memberof voxring.v1.Conversation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Conversation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.isGroup != null && $Object.hasOwnProperty.call(message, "isGroup"))
                    if (typeof message.isGroup !== "boolean")
                        return "isGroup: boolean expected";
                if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                    if (!$Array.isArray(message.participants))
                        return "participants: array expected";
                    for (let i = 0; i < message.participants.length; ++i) {
                        let error = $root.voxring.v1.Participant.verify(message.participants[i], _depth + 1);
                        if (error)
                            return "participants." + error;
                    }
                }
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.retentionMs != null && $Object.hasOwnProperty.call(message, "retentionMs"))
                    if (!$util.isInteger(message.retentionMs) && !(message.retentionMs && $util.isInteger(message.retentionMs.low) && $util.isInteger(message.retentionMs.high)))
                        return "retentionMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Conversation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Conversation} Conversation
             */
            Conversation.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Conversation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Conversation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Conversation();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.isGroup != null)
                    if (object.isGroup)
                        message.isGroup = $Boolean(object.isGroup);
                if (object.participants) {
                    if (!$Array.isArray(object.participants))
                        throw $TypeError(".voxring.v1.Conversation.participants: array expected");
                    message.participants = $Array(object.participants.length);
                    for (let i = 0; i < object.participants.length; ++i) {
                        if (!$util.isObject(object.participants[i]))
                            throw $TypeError(".voxring.v1.Conversation.participants: object expected");
                        message.participants[i] = $root.voxring.v1.Participant.fromObject(object.participants[i], _depth + 1);
                    }
                }
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, true);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber(true);
                if (object.retentionMs != null)
                    if (typeof object.retentionMs === "object" ? object.retentionMs.low || object.retentionMs.high : $Number(object.retentionMs) !== 0)
                        if ($util.Long)
                            message.retentionMs = $util.Long.fromValue(object.retentionMs, true);
                        else if (typeof object.retentionMs === "string")
                            message.retentionMs = $parseInt(object.retentionMs, 10);
                        else if (typeof object.retentionMs === "number")
                            message.retentionMs = object.retentionMs;
                        else if (typeof object.retentionMs === "object")
                            message.retentionMs = new $util.LongBits(object.retentionMs.low >>> 0, object.retentionMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Conversation
             * @static
             * @param {voxring.v1.Conversation} message Conversation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Conversation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.participants = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.name = "";
                    object.isGroup = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.retentionMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.retentionMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.isGroup != null && $Object.hasOwnProperty.call(message, "isGroup"))
                    object.isGroup = message.isGroup;
                if (message.participants && message.participants.length) {
                    object.participants = $Array(message.participants.length);
                    for (let j = 0; j < message.participants.length; ++j)
                        object.participants[j] = $root.voxring.v1.Participant.toObject(message.participants[j], options, _depth + 1);
                }
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
                if (message.retentionMs != null && $Object.hasOwnProperty.call(message, "retentionMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.retentionMs = typeof message.retentionMs === "number" ? $BigInt(message.retentionMs) : $util.Long.fromBits(message.retentionMs.low >>> 0, message.retentionMs.high >>> 0, true).toBigInt();
                    else if (typeof message.retentionMs === "number")
                        object.retentionMs = options.longs === $String ? $String(message.retentionMs) : message.retentionMs;
                    else
                        object.retentionMs = options.longs === $String ? $util.Long.prototype.toString.call(message.retentionMs) : options.longs === $Number ? new $util.LongBits(message.retentionMs.low >>> 0, message.retentionMs.high >>> 0).toNumber(true) : message.retentionMs;
                return object;
            };

            /**
             * Converts this Conversation to JSON.
             * @function toJSON
             * @memberof voxring.v1.Conversation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Conversation.prototype.toJSON = function() {
                return Conversation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Conversation
             * @function getTypeUrl
             * @memberof voxring.v1.Conversation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Conversation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Conversation";
            };

            return Conversation;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} voxring.v1.Hello.$Properties
             * @property {string|null} [token] Hello token
             * @property {string|null} [deviceId] Hello deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof voxring.v1
             * @interface IHello
             * @augments voxring.v1.Hello.$Properties
             * @deprecated Use voxring.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {voxring.v1.Hello.$Properties} voxring.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof voxring.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {voxring.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello token.
             * @member {string} token
             * @memberof voxring.v1.Hello
             * @instance
             */
            Hello.prototype.token = "";

            /**
             * Hello deviceId.
             * @member {string} deviceId
             * @memberof voxring.v1.Hello
             * @instance
             */
            Hello.prototype.deviceId = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Hello
             * @static
             * @param {voxring.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Hello} Hello instance
             * @type {{
             *   (properties: voxring.v1.Hello.$Shape): voxring.v1.Hello & voxring.v1.Hello.$Shape;
             *   (properties?: voxring.v1.Hello.$Properties): voxring.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link voxring.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Hello
             * @static
             * @param {voxring.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link voxring.v1.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Hello
             * @static
             * @param {voxring.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Hello & voxring.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Hello & voxring.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof voxring.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Hello();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Hello
             * @static
             * @param {voxring.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.deviceId = "";
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof voxring.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof voxring.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Hello";
            };

            return Hello;
        })();

        v1.StartMessage = (function() {

            /**
             * Properties of a StartMessage.
             * @typedef {Object} voxring.v1.StartMessage.$Properties
             * @property {string|null} [messageId] StartMessage messageId
             * @property {string|null} [conversationId] StartMessage conversationId
             * @property {voxring.v1.ContentType|null} [contentType] StartMessage contentType
             * @property {voxring.v1.OpusParams.$Properties|null} [opus] StartMessage opus
             * @property {number|null} [ackedCount] StartMessage ackedCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartMessage.
             * @memberof voxring.v1
             * @interface IStartMessage
             * @augments voxring.v1.StartMessage.$Properties
             * @deprecated Use voxring.v1.StartMessage.$Properties instead.
             */

            /**
             * Shape of a StartMessage.
             * @typedef {voxring.v1.StartMessage.$Properties} voxring.v1.StartMessage.$Shape
             */

            /**
             * Constructs a new StartMessage.
             * @memberof voxring.v1
             * @classdesc Represents a StartMessage.
             * @constructor
             * @param {voxring.v1.StartMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartMessage messageId.
             * @member {string} messageId
             * @memberof voxring.v1.StartMessage
             * @instance
             */
            StartMessage.prototype.messageId = "";

            /**
             * StartMessage conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.StartMessage
             * @instance
             */
            StartMessage.prototype.conversationId = "";

            /**
             * StartMessage contentType.
             * @member {voxring.v1.ContentType} contentType
             * @memberof voxring.v1.StartMessage
             * @instance
             */
            StartMessage.prototype.contentType = 0;

            /**
             * StartMessage opus.
             * @member {voxring.v1.OpusParams.$Properties|null|undefined} opus
             * @memberof voxring.v1.StartMessage
             * @instance
             */
            StartMessage.prototype.opus = null;

            /**
             * StartMessage ackedCount.
             * @member {number} ackedCount
             * @memberof voxring.v1.StartMessage
             * @instance
             */
            StartMessage.prototype.ackedCount = 0;

            /**
             * Creates a new StartMessage instance using the specified properties.
             * @function create
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {voxring.v1.StartMessage.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.StartMessage} StartMessage instance
             * @type {{
             *   (properties: voxring.v1.StartMessage.$Shape): voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape;
             *   (properties?: voxring.v1.StartMessage.$Properties): voxring.v1.StartMessage;
             * }}
             */
            StartMessage.create = function(properties) {
                return new StartMessage(properties);
            };

            /**
             * Encodes the specified StartMessage message. Does not implicitly {@link voxring.v1.StartMessage.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {voxring.v1.StartMessage.$Properties} message StartMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.contentType);
                if (message.opus != null && $Object.hasOwnProperty.call(message, "opus"))
                    $root.voxring.v1.OpusParams.encode(message.opus, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ackedCount != null && $Object.hasOwnProperty.call(message, "ackedCount") && message.ackedCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ackedCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartMessage message, length delimited. Does not implicitly {@link voxring.v1.StartMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {voxring.v1.StartMessage.$Properties} message StartMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartMessage message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape} StartMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.StartMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.contentType = value;
                            else
                                delete message.contentType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.opus = $root.voxring.v1.OpusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.opus);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackedCount = value;
                            else
                                delete message.ackedCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape} StartMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartMessage message.
             * @function verify
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    if (typeof message.contentType !== "number" || (message.contentType | 0) !== message.contentType)
                        return "contentType: enum value expected";
                if (message.opus != null && $Object.hasOwnProperty.call(message, "opus")) {
                    let error = $root.voxring.v1.OpusParams.verify(message.opus, _depth + 1);
                    if (error)
                        return "opus." + error;
                }
                if (message.ackedCount != null && $Object.hasOwnProperty.call(message, "ackedCount"))
                    if (!$util.isInteger(message.ackedCount))
                        return "ackedCount: integer expected";
                return null;
            };

            /**
             * Creates a StartMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.StartMessage} StartMessage
             */
            StartMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.StartMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.StartMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.StartMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.contentType !== 0 && (typeof object.contentType !== "string" || $root.voxring.v1.ContentType[object.contentType] !== 0))
                    switch (object.contentType) {
                    case "CONTENT_TYPE_UNSPECIFIED":
                    case 0:
                        message.contentType = 0;
                        break;
                    case "VOICE":
                    case 1:
                        message.contentType = 1;
                        break;
                    case "TEXT":
                    case 2:
                        message.contentType = 2;
                        break;
                    case "IMAGE":
                    case 3:
                        message.contentType = 3;
                        break;
                    case "LOCATION":
                    case 4:
                        message.contentType = 4;
                        break;
                    default:
                        if (typeof object.contentType === "number" && (object.contentType | 0) === object.contentType)
                            message.contentType = object.contentType;
                    }
                if (object.opus != null) {
                    if (!$util.isObject(object.opus))
                        throw $TypeError(".voxring.v1.StartMessage.opus: object expected");
                    message.opus = $root.voxring.v1.OpusParams.fromObject(object.opus, _depth + 1);
                }
                if (object.ackedCount != null)
                    if ($Number(object.ackedCount) !== 0)
                        message.ackedCount = object.ackedCount >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StartMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {voxring.v1.StartMessage} message StartMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    object.contentType = options.enums === $String ? "CONTENT_TYPE_UNSPECIFIED" : 0;
                    object.opus = null;
                    object.ackedCount = 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = options.enums === $String ? $root.voxring.v1.ContentType[message.contentType] === $undefined ? message.contentType : $root.voxring.v1.ContentType[message.contentType] : message.contentType;
                if (message.opus != null && $Object.hasOwnProperty.call(message, "opus"))
                    object.opus = $root.voxring.v1.OpusParams.toObject(message.opus, options, _depth + 1);
                if (message.ackedCount != null && $Object.hasOwnProperty.call(message, "ackedCount"))
                    object.ackedCount = message.ackedCount;
                return object;
            };

            /**
             * Converts this StartMessage to JSON.
             * @function toJSON
             * @memberof voxring.v1.StartMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartMessage.prototype.toJSON = function() {
                return StartMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartMessage
             * @function getTypeUrl
             * @memberof voxring.v1.StartMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.StartMessage";
            };

            return StartMessage;
        })();

        v1.Chunk = (function() {

            /**
             * Properties of a Chunk.
             * @typedef {Object} voxring.v1.Chunk.$Properties
             * @property {string|null} [messageId] Chunk messageId
             * @property {number|null} [seq] Chunk seq
             * @property {Uint8Array|null} [payload] Chunk payload
             * @property {number|null} [receivedAtMs] Chunk receivedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Chunk.
             * @memberof voxring.v1
             * @interface IChunk
             * @augments voxring.v1.Chunk.$Properties
             * @deprecated Use voxring.v1.Chunk.$Properties instead.
             */

            /**
             * Shape of a Chunk.
             * @typedef {voxring.v1.Chunk.$Properties} voxring.v1.Chunk.$Shape
             */

            /**
             * Constructs a new Chunk.
             * @memberof voxring.v1
             * @classdesc Represents a Chunk.
             * @constructor
             * @param {voxring.v1.Chunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Chunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Chunk messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Chunk
             * @instance
             */
            Chunk.prototype.messageId = "";

            /**
             * Chunk seq.
             * @member {number} seq
             * @memberof voxring.v1.Chunk
             * @instance
             */
            Chunk.prototype.seq = 0;

            /**
             * Chunk payload.
             * @member {Uint8Array} payload
             * @memberof voxring.v1.Chunk
             * @instance
             */
            Chunk.prototype.payload = $util.newBuffer([]);

            /**
             * Chunk receivedAtMs.
             * @member {number} receivedAtMs
             * @memberof voxring.v1.Chunk
             * @instance
             */
            Chunk.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Chunk instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Chunk
             * @static
             * @param {voxring.v1.Chunk.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Chunk} Chunk instance
             * @type {{
             *   (properties: voxring.v1.Chunk.$Shape): voxring.v1.Chunk & voxring.v1.Chunk.$Shape;
             *   (properties?: voxring.v1.Chunk.$Properties): voxring.v1.Chunk;
             * }}
             */
            Chunk.create = function(properties) {
                return new Chunk(properties);
            };

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link voxring.v1.Chunk.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Chunk
             * @static
             * @param {voxring.v1.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seq);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.receivedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Chunk message, length delimited. Does not implicitly {@link voxring.v1.Chunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Chunk
             * @static
             * @param {voxring.v1.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Chunk & voxring.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Chunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Chunk & voxring.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Chunk message.
             * @function verify
             * @memberof voxring.v1.Chunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Chunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    if (!$util.isInteger(message.receivedAtMs) && !(message.receivedAtMs && $util.isInteger(message.receivedAtMs.low) && $util.isInteger(message.receivedAtMs.high)))
                        return "receivedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Chunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Chunk} Chunk
             */
            Chunk.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Chunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Chunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Chunk();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.receivedAtMs != null)
                    if (typeof object.receivedAtMs === "object" ? object.receivedAtMs.low || object.receivedAtMs.high : $Number(object.receivedAtMs) !== 0)
                        if ($util.Long)
                            message.receivedAtMs = $util.Long.fromValue(object.receivedAtMs, true);
                        else if (typeof object.receivedAtMs === "string")
                            message.receivedAtMs = $parseInt(object.receivedAtMs, 10);
                        else if (typeof object.receivedAtMs === "number")
                            message.receivedAtMs = object.receivedAtMs;
                        else if (typeof object.receivedAtMs === "object")
                            message.receivedAtMs = new $util.LongBits(object.receivedAtMs.low >>> 0, object.receivedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Chunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Chunk
             * @static
             * @param {voxring.v1.Chunk} message Chunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Chunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.seq = 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.receivedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receivedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receivedAtMs = typeof message.receivedAtMs === "number" ? $BigInt(message.receivedAtMs) : $util.Long.fromBits(message.receivedAtMs.low >>> 0, message.receivedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.receivedAtMs === "number")
                        object.receivedAtMs = options.longs === $String ? $String(message.receivedAtMs) : message.receivedAtMs;
                    else
                        object.receivedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.receivedAtMs) : options.longs === $Number ? new $util.LongBits(message.receivedAtMs.low >>> 0, message.receivedAtMs.high >>> 0).toNumber(true) : message.receivedAtMs;
                return object;
            };

            /**
             * Converts this Chunk to JSON.
             * @function toJSON
             * @memberof voxring.v1.Chunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Chunk.prototype.toJSON = function() {
                return Chunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Chunk
             * @function getTypeUrl
             * @memberof voxring.v1.Chunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Chunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Chunk";
            };

            return Chunk;
        })();

        v1.EndMessage = (function() {

            /**
             * Properties of an EndMessage.
             * @typedef {Object} voxring.v1.EndMessage.$Properties
             * @property {string|null} [messageId] EndMessage messageId
             * @property {number|null} [chunkCount] EndMessage chunkCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndMessage.
             * @memberof voxring.v1
             * @interface IEndMessage
             * @augments voxring.v1.EndMessage.$Properties
             * @deprecated Use voxring.v1.EndMessage.$Properties instead.
             */

            /**
             * Shape of an EndMessage.
             * @typedef {voxring.v1.EndMessage.$Properties} voxring.v1.EndMessage.$Shape
             */

            /**
             * Constructs a new EndMessage.
             * @memberof voxring.v1
             * @classdesc Represents an EndMessage.
             * @constructor
             * @param {voxring.v1.EndMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EndMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EndMessage messageId.
             * @member {string} messageId
             * @memberof voxring.v1.EndMessage
             * @instance
             */
            EndMessage.prototype.messageId = "";

            /**
             * EndMessage chunkCount.
             * @member {number} chunkCount
             * @memberof voxring.v1.EndMessage
             * @instance
             */
            EndMessage.prototype.chunkCount = 0;

            /**
             * Creates a new EndMessage instance using the specified properties.
             * @function create
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {voxring.v1.EndMessage.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.EndMessage} EndMessage instance
             * @type {{
             *   (properties: voxring.v1.EndMessage.$Shape): voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape;
             *   (properties?: voxring.v1.EndMessage.$Properties): voxring.v1.EndMessage;
             * }}
             */
            EndMessage.create = function(properties) {
                return new EndMessage(properties);
            };

            /**
             * Encodes the specified EndMessage message. Does not implicitly {@link voxring.v1.EndMessage.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {voxring.v1.EndMessage.$Properties} message EndMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EndMessage message, length delimited. Does not implicitly {@link voxring.v1.EndMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {voxring.v1.EndMessage.$Properties} message EndMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EndMessage message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape} EndMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.EndMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkCount = value;
                            else
                                delete message.chunkCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EndMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape} EndMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EndMessage message.
             * @function verify
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EndMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                return null;
            };

            /**
             * Creates an EndMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.EndMessage} EndMessage
             */
            EndMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.EndMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.EndMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.EndMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.chunkCount != null)
                    if ($Number(object.chunkCount) !== 0)
                        message.chunkCount = object.chunkCount >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EndMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {voxring.v1.EndMessage} message EndMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.chunkCount = 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                return object;
            };

            /**
             * Converts this EndMessage to JSON.
             * @function toJSON
             * @memberof voxring.v1.EndMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndMessage.prototype.toJSON = function() {
                return EndMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EndMessage
             * @function getTypeUrl
             * @memberof voxring.v1.EndMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EndMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.EndMessage";
            };

            return EndMessage;
        })();

        v1.SendText = (function() {

            /**
             * Properties of a SendText.
             * @typedef {Object} voxring.v1.SendText.$Properties
             * @property {string|null} [messageId] SendText messageId
             * @property {string|null} [conversationId] SendText conversationId
             * @property {string|null} [text] SendText text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendText.
             * @memberof voxring.v1
             * @interface ISendText
             * @augments voxring.v1.SendText.$Properties
             * @deprecated Use voxring.v1.SendText.$Properties instead.
             */

            /**
             * Shape of a SendText.
             * @typedef {voxring.v1.SendText.$Properties} voxring.v1.SendText.$Shape
             */

            /**
             * Constructs a new SendText.
             * @memberof voxring.v1
             * @classdesc Represents a SendText.
             * @constructor
             * @param {voxring.v1.SendText.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendText = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendText messageId.
             * @member {string} messageId
             * @memberof voxring.v1.SendText
             * @instance
             */
            SendText.prototype.messageId = "";

            /**
             * SendText conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.SendText
             * @instance
             */
            SendText.prototype.conversationId = "";

            /**
             * SendText text.
             * @member {string} text
             * @memberof voxring.v1.SendText
             * @instance
             */
            SendText.prototype.text = "";

            /**
             * Creates a new SendText instance using the specified properties.
             * @function create
             * @memberof voxring.v1.SendText
             * @static
             * @param {voxring.v1.SendText.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.SendText} SendText instance
             * @type {{
             *   (properties: voxring.v1.SendText.$Shape): voxring.v1.SendText & voxring.v1.SendText.$Shape;
             *   (properties?: voxring.v1.SendText.$Properties): voxring.v1.SendText;
             * }}
             */
            SendText.create = function(properties) {
                return new SendText(properties);
            };

            /**
             * Encodes the specified SendText message. Does not implicitly {@link voxring.v1.SendText.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.SendText
             * @static
             * @param {voxring.v1.SendText.$Properties} message SendText message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendText.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendText message, length delimited. Does not implicitly {@link voxring.v1.SendText.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.SendText
             * @static
             * @param {voxring.v1.SendText.$Properties} message SendText message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendText.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendText message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.SendText
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.SendText & voxring.v1.SendText.$Shape} SendText
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendText.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.SendText();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendText message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.SendText
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.SendText & voxring.v1.SendText.$Shape} SendText
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendText.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendText message.
             * @function verify
             * @memberof voxring.v1.SendText
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendText.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates a SendText message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.SendText
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.SendText} SendText
             */
            SendText.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.SendText)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.SendText: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.SendText();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a SendText message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.SendText
             * @static
             * @param {voxring.v1.SendText} message SendText
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendText.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    object.text = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this SendText to JSON.
             * @function toJSON
             * @memberof voxring.v1.SendText
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendText.prototype.toJSON = function() {
                return SendText.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendText
             * @function getTypeUrl
             * @memberof voxring.v1.SendText
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendText.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.SendText";
            };

            return SendText;
        })();

        v1.Listen = (function() {

            /**
             * Properties of a Listen.
             * @typedef {Object} voxring.v1.Listen.$Properties
             * @property {string|null} [messageId] Listen messageId
             * @property {number|null} [fromSeq] Listen fromSeq
             * @property {number|null} [rate] Listen rate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Listen.
             * @memberof voxring.v1
             * @interface IListen
             * @augments voxring.v1.Listen.$Properties
             * @deprecated Use voxring.v1.Listen.$Properties instead.
             */

            /**
             * Shape of a Listen.
             * @typedef {voxring.v1.Listen.$Properties} voxring.v1.Listen.$Shape
             */

            /**
             * Constructs a new Listen.
             * @memberof voxring.v1
             * @classdesc Represents a Listen.
             * @constructor
             * @param {voxring.v1.Listen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Listen = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Listen messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Listen
             * @instance
             */
            Listen.prototype.messageId = "";

            /**
             * Listen fromSeq.
             * @member {number} fromSeq
             * @memberof voxring.v1.Listen
             * @instance
             */
            Listen.prototype.fromSeq = 0;

            /**
             * Listen rate.
             * @member {number} rate
             * @memberof voxring.v1.Listen
             * @instance
             */
            Listen.prototype.rate = 0;

            /**
             * Creates a new Listen instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Listen
             * @static
             * @param {voxring.v1.Listen.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Listen} Listen instance
             * @type {{
             *   (properties: voxring.v1.Listen.$Shape): voxring.v1.Listen & voxring.v1.Listen.$Shape;
             *   (properties?: voxring.v1.Listen.$Properties): voxring.v1.Listen;
             * }}
             */
            Listen.create = function(properties) {
                return new Listen(properties);
            };

            /**
             * Encodes the specified Listen message. Does not implicitly {@link voxring.v1.Listen.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Listen
             * @static
             * @param {voxring.v1.Listen.$Properties} message Listen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq") && message.fromSeq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.fromSeq);
                if (message.rate != null && $Object.hasOwnProperty.call(message, "rate") && !$Object.is(message.rate, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.rate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Listen message, length delimited. Does not implicitly {@link voxring.v1.Listen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Listen
             * @static
             * @param {voxring.v1.Listen.$Properties} message Listen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listen.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Listen message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Listen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Listen & voxring.v1.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Listen();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fromSeq = value;
                            else
                                delete message.fromSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.rate = value;
                            else
                                delete message.rate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Listen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Listen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Listen & voxring.v1.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listen.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Listen message.
             * @function verify
             * @memberof voxring.v1.Listen
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Listen.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq"))
                    if (!$util.isInteger(message.fromSeq))
                        return "fromSeq: integer expected";
                if (message.rate != null && $Object.hasOwnProperty.call(message, "rate"))
                    if (typeof message.rate !== "number")
                        return "rate: number expected";
                return null;
            };

            /**
             * Creates a Listen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Listen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Listen} Listen
             */
            Listen.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Listen)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Listen: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Listen();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.fromSeq != null)
                    if ($Number(object.fromSeq) !== 0)
                        message.fromSeq = object.fromSeq >>> 0;
                if (object.rate != null)
                    if (!$Object.is($Number(object.rate), 0))
                        message.rate = $Number(object.rate);
                return message;
            };

            /**
             * Creates a plain object from a Listen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Listen
             * @static
             * @param {voxring.v1.Listen} message Listen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Listen.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.fromSeq = 0;
                    object.rate = 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq"))
                    object.fromSeq = message.fromSeq;
                if (message.rate != null && $Object.hasOwnProperty.call(message, "rate"))
                    object.rate = options.json && !$isFinite(message.rate) ? $String(message.rate) : message.rate;
                return object;
            };

            /**
             * Converts this Listen to JSON.
             * @function toJSON
             * @memberof voxring.v1.Listen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Listen.prototype.toJSON = function() {
                return Listen.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Listen
             * @function getTypeUrl
             * @memberof voxring.v1.Listen
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Listen.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Listen";
            };

            return Listen;
        })();

        v1.SetListenMode = (function() {

            /**
             * Properties of a SetListenMode.
             * @typedef {Object} voxring.v1.SetListenMode.$Properties
             * @property {string|null} [conversationId] SetListenMode conversationId
             * @property {voxring.v1.ListenMode|null} [mode] SetListenMode mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetListenMode.
             * @memberof voxring.v1
             * @interface ISetListenMode
             * @augments voxring.v1.SetListenMode.$Properties
             * @deprecated Use voxring.v1.SetListenMode.$Properties instead.
             */

            /**
             * Shape of a SetListenMode.
             * @typedef {voxring.v1.SetListenMode.$Properties} voxring.v1.SetListenMode.$Shape
             */

            /**
             * Constructs a new SetListenMode.
             * @memberof voxring.v1
             * @classdesc Represents a SetListenMode.
             * @constructor
             * @param {voxring.v1.SetListenMode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetListenMode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetListenMode conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.SetListenMode
             * @instance
             */
            SetListenMode.prototype.conversationId = "";

            /**
             * SetListenMode mode.
             * @member {voxring.v1.ListenMode} mode
             * @memberof voxring.v1.SetListenMode
             * @instance
             */
            SetListenMode.prototype.mode = 0;

            /**
             * Creates a new SetListenMode instance using the specified properties.
             * @function create
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {voxring.v1.SetListenMode.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.SetListenMode} SetListenMode instance
             * @type {{
             *   (properties: voxring.v1.SetListenMode.$Shape): voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape;
             *   (properties?: voxring.v1.SetListenMode.$Properties): voxring.v1.SetListenMode;
             * }}
             */
            SetListenMode.create = function(properties) {
                return new SetListenMode(properties);
            };

            /**
             * Encodes the specified SetListenMode message. Does not implicitly {@link voxring.v1.SetListenMode.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {voxring.v1.SetListenMode.$Properties} message SetListenMode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetListenMode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetListenMode message, length delimited. Does not implicitly {@link voxring.v1.SetListenMode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {voxring.v1.SetListenMode.$Properties} message SetListenMode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetListenMode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetListenMode message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape} SetListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetListenMode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.SetListenMode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetListenMode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape} SetListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetListenMode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetListenMode message.
             * @function verify
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetListenMode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a SetListenMode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.SetListenMode} SetListenMode
             */
            SetListenMode.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.SetListenMode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.SetListenMode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.SetListenMode();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.voxring.v1.ListenMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "LISTEN_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "NORMAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "IGNORE":
                    case 2:
                        message.mode = 2;
                        break;
                    case "SCREEN":
                    case 3:
                        message.mode = 3;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a SetListenMode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {voxring.v1.SetListenMode} message SetListenMode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetListenMode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.mode = options.enums === $String ? "LISTEN_MODE_UNSPECIFIED" : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.voxring.v1.ListenMode[message.mode] === $undefined ? message.mode : $root.voxring.v1.ListenMode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this SetListenMode to JSON.
             * @function toJSON
             * @memberof voxring.v1.SetListenMode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetListenMode.prototype.toJSON = function() {
                return SetListenMode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetListenMode
             * @function getTypeUrl
             * @memberof voxring.v1.SetListenMode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetListenMode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.SetListenMode";
            };

            return SetListenMode;
        })();

        v1.StopListen = (function() {

            /**
             * Properties of a StopListen.
             * @typedef {Object} voxring.v1.StopListen.$Properties
             * @property {string|null} [messageId] StopListen messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopListen.
             * @memberof voxring.v1
             * @interface IStopListen
             * @augments voxring.v1.StopListen.$Properties
             * @deprecated Use voxring.v1.StopListen.$Properties instead.
             */

            /**
             * Shape of a StopListen.
             * @typedef {voxring.v1.StopListen.$Properties} voxring.v1.StopListen.$Shape
             */

            /**
             * Constructs a new StopListen.
             * @memberof voxring.v1
             * @classdesc Represents a StopListen.
             * @constructor
             * @param {voxring.v1.StopListen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopListen = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StopListen messageId.
             * @member {string} messageId
             * @memberof voxring.v1.StopListen
             * @instance
             */
            StopListen.prototype.messageId = "";

            /**
             * Creates a new StopListen instance using the specified properties.
             * @function create
             * @memberof voxring.v1.StopListen
             * @static
             * @param {voxring.v1.StopListen.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.StopListen} StopListen instance
             * @type {{
             *   (properties: voxring.v1.StopListen.$Shape): voxring.v1.StopListen & voxring.v1.StopListen.$Shape;
             *   (properties?: voxring.v1.StopListen.$Properties): voxring.v1.StopListen;
             * }}
             */
            StopListen.create = function(properties) {
                return new StopListen(properties);
            };

            /**
             * Encodes the specified StopListen message. Does not implicitly {@link voxring.v1.StopListen.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.StopListen
             * @static
             * @param {voxring.v1.StopListen.$Properties} message StopListen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopListen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StopListen message, length delimited. Does not implicitly {@link voxring.v1.StopListen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.StopListen
             * @static
             * @param {voxring.v1.StopListen.$Properties} message StopListen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopListen.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StopListen message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.StopListen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.StopListen & voxring.v1.StopListen.$Shape} StopListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopListen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.StopListen();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StopListen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.StopListen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.StopListen & voxring.v1.StopListen.$Shape} StopListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopListen.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StopListen message.
             * @function verify
             * @memberof voxring.v1.StopListen
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopListen.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a StopListen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.StopListen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.StopListen} StopListen
             */
            StopListen.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.StopListen)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.StopListen: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.StopListen();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a StopListen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.StopListen
             * @static
             * @param {voxring.v1.StopListen} message StopListen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopListen.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this StopListen to JSON.
             * @function toJSON
             * @memberof voxring.v1.StopListen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopListen.prototype.toJSON = function() {
                return StopListen.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopListen
             * @function getTypeUrl
             * @memberof voxring.v1.StopListen
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopListen.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.StopListen";
            };

            return StopListen;
        })();

        v1.Monitor = (function() {

            /**
             * Properties of a Monitor.
             * @typedef {Object} voxring.v1.Monitor.$Properties
             * @property {Array.<string>|null} [conversationIds] Monitor conversationIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Monitor.
             * @memberof voxring.v1
             * @interface IMonitor
             * @augments voxring.v1.Monitor.$Properties
             * @deprecated Use voxring.v1.Monitor.$Properties instead.
             */

            /**
             * Shape of a Monitor.
             * @typedef {voxring.v1.Monitor.$Properties} voxring.v1.Monitor.$Shape
             */

            /**
             * Constructs a new Monitor.
             * @memberof voxring.v1
             * @classdesc Represents a Monitor.
             * @constructor
             * @param {voxring.v1.Monitor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Monitor = function (properties) {
                this.conversationIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Monitor conversationIds.
             * @member {Array.<string>} conversationIds
             * @memberof voxring.v1.Monitor
             * @instance
             */
            Monitor.prototype.conversationIds = $util.emptyArray;

            /**
             * Creates a new Monitor instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Monitor
             * @static
             * @param {voxring.v1.Monitor.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Monitor} Monitor instance
             * @type {{
             *   (properties: voxring.v1.Monitor.$Shape): voxring.v1.Monitor & voxring.v1.Monitor.$Shape;
             *   (properties?: voxring.v1.Monitor.$Properties): voxring.v1.Monitor;
             * }}
             */
            Monitor.create = function(properties) {
                return new Monitor(properties);
            };

            /**
             * Encodes the specified Monitor message. Does not implicitly {@link voxring.v1.Monitor.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Monitor
             * @static
             * @param {voxring.v1.Monitor.$Properties} message Monitor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Monitor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationIds != null && message.conversationIds.length)
                    for (let i = 0; i < message.conversationIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Monitor message, length delimited. Does not implicitly {@link voxring.v1.Monitor.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Monitor
             * @static
             * @param {voxring.v1.Monitor.$Properties} message Monitor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Monitor.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Monitor message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Monitor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Monitor & voxring.v1.Monitor.$Shape} Monitor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Monitor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Monitor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversationIds && message.conversationIds.length))
                                message.conversationIds = [];
                            message.conversationIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Monitor message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Monitor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Monitor & voxring.v1.Monitor.$Shape} Monitor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Monitor.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Monitor message.
             * @function verify
             * @memberof voxring.v1.Monitor
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Monitor.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationIds != null && $Object.hasOwnProperty.call(message, "conversationIds")) {
                    if (!$Array.isArray(message.conversationIds))
                        return "conversationIds: array expected";
                    for (let i = 0; i < message.conversationIds.length; ++i)
                        if (!$util.isString(message.conversationIds[i]))
                            return "conversationIds: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Monitor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Monitor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Monitor} Monitor
             */
            Monitor.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Monitor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Monitor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Monitor();
                if (object.conversationIds) {
                    if (!$Array.isArray(object.conversationIds))
                        throw $TypeError(".voxring.v1.Monitor.conversationIds: array expected");
                    message.conversationIds = $Array(object.conversationIds.length);
                    for (let i = 0; i < object.conversationIds.length; ++i)
                        message.conversationIds[i] = $String(object.conversationIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Monitor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Monitor
             * @static
             * @param {voxring.v1.Monitor} message Monitor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Monitor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conversationIds = [];
                if (message.conversationIds && message.conversationIds.length) {
                    object.conversationIds = $Array(message.conversationIds.length);
                    for (let j = 0; j < message.conversationIds.length; ++j)
                        object.conversationIds[j] = message.conversationIds[j];
                }
                return object;
            };

            /**
             * Converts this Monitor to JSON.
             * @function toJSON
             * @memberof voxring.v1.Monitor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Monitor.prototype.toJSON = function() {
                return Monitor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Monitor
             * @function getTypeUrl
             * @memberof voxring.v1.Monitor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Monitor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Monitor";
            };

            return Monitor;
        })();

        v1.TimelineRequest = (function() {

            /**
             * Properties of a TimelineRequest.
             * @typedef {Object} voxring.v1.TimelineRequest.$Properties
             * @property {number|null} [sinceCursor] TimelineRequest sinceCursor
             * @property {number|null} [limit] TimelineRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimelineRequest.
             * @memberof voxring.v1
             * @interface ITimelineRequest
             * @augments voxring.v1.TimelineRequest.$Properties
             * @deprecated Use voxring.v1.TimelineRequest.$Properties instead.
             */

            /**
             * Shape of a TimelineRequest.
             * @typedef {voxring.v1.TimelineRequest.$Properties} voxring.v1.TimelineRequest.$Shape
             */

            /**
             * Constructs a new TimelineRequest.
             * @memberof voxring.v1
             * @classdesc Represents a TimelineRequest.
             * @constructor
             * @param {voxring.v1.TimelineRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimelineRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimelineRequest sinceCursor.
             * @member {number} sinceCursor
             * @memberof voxring.v1.TimelineRequest
             * @instance
             */
            TimelineRequest.prototype.sinceCursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimelineRequest limit.
             * @member {number} limit
             * @memberof voxring.v1.TimelineRequest
             * @instance
             */
            TimelineRequest.prototype.limit = 0;

            /**
             * Creates a new TimelineRequest instance using the specified properties.
             * @function create
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {voxring.v1.TimelineRequest.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.TimelineRequest} TimelineRequest instance
             * @type {{
             *   (properties: voxring.v1.TimelineRequest.$Shape): voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape;
             *   (properties?: voxring.v1.TimelineRequest.$Properties): voxring.v1.TimelineRequest;
             * }}
             */
            TimelineRequest.create = function(properties) {
                return new TimelineRequest(properties);
            };

            /**
             * Encodes the specified TimelineRequest message. Does not implicitly {@link voxring.v1.TimelineRequest.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {voxring.v1.TimelineRequest.$Properties} message TimelineRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimelineRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sinceCursor != null && $Object.hasOwnProperty.call(message, "sinceCursor") && (typeof message.sinceCursor === "object" ? message.sinceCursor.low || message.sinceCursor.high : message.sinceCursor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sinceCursor);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TimelineRequest message, length delimited. Does not implicitly {@link voxring.v1.TimelineRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {voxring.v1.TimelineRequest.$Properties} message TimelineRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimelineRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimelineRequest message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape} TimelineRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimelineRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.TimelineRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceCursor = value;
                            else
                                delete message.sinceCursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TimelineRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape} TimelineRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimelineRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimelineRequest message.
             * @function verify
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimelineRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sinceCursor != null && $Object.hasOwnProperty.call(message, "sinceCursor"))
                    if (!$util.isInteger(message.sinceCursor) && !(message.sinceCursor && $util.isInteger(message.sinceCursor.low) && $util.isInteger(message.sinceCursor.high)))
                        return "sinceCursor: integer|Long expected";
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                return null;
            };

            /**
             * Creates a TimelineRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.TimelineRequest} TimelineRequest
             */
            TimelineRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.TimelineRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.TimelineRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.TimelineRequest();
                if (object.sinceCursor != null)
                    if (typeof object.sinceCursor === "object" ? object.sinceCursor.low || object.sinceCursor.high : $Number(object.sinceCursor) !== 0)
                        if ($util.Long)
                            message.sinceCursor = $util.Long.fromValue(object.sinceCursor, true);
                        else if (typeof object.sinceCursor === "string")
                            message.sinceCursor = $parseInt(object.sinceCursor, 10);
                        else if (typeof object.sinceCursor === "number")
                            message.sinceCursor = object.sinceCursor;
                        else if (typeof object.sinceCursor === "object")
                            message.sinceCursor = new $util.LongBits(object.sinceCursor.low >>> 0, object.sinceCursor.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TimelineRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {voxring.v1.TimelineRequest} message TimelineRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimelineRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceCursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceCursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limit = 0;
                }
                if (message.sinceCursor != null && $Object.hasOwnProperty.call(message, "sinceCursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceCursor = typeof message.sinceCursor === "number" ? $BigInt(message.sinceCursor) : $util.Long.fromBits(message.sinceCursor.low >>> 0, message.sinceCursor.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceCursor === "number")
                        object.sinceCursor = options.longs === $String ? $String(message.sinceCursor) : message.sinceCursor;
                    else
                        object.sinceCursor = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceCursor) : options.longs === $Number ? new $util.LongBits(message.sinceCursor.low >>> 0, message.sinceCursor.high >>> 0).toNumber(true) : message.sinceCursor;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this TimelineRequest to JSON.
             * @function toJSON
             * @memberof voxring.v1.TimelineRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimelineRequest.prototype.toJSON = function() {
                return TimelineRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimelineRequest
             * @function getTypeUrl
             * @memberof voxring.v1.TimelineRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimelineRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.TimelineRequest";
            };

            return TimelineRequest;
        })();

        v1.RecallMessage = (function() {

            /**
             * Properties of a RecallMessage.
             * @typedef {Object} voxring.v1.RecallMessage.$Properties
             * @property {string|null} [messageId] RecallMessage messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecallMessage.
             * @memberof voxring.v1
             * @interface IRecallMessage
             * @augments voxring.v1.RecallMessage.$Properties
             * @deprecated Use voxring.v1.RecallMessage.$Properties instead.
             */

            /**
             * Shape of a RecallMessage.
             * @typedef {voxring.v1.RecallMessage.$Properties} voxring.v1.RecallMessage.$Shape
             */

            /**
             * Constructs a new RecallMessage.
             * @memberof voxring.v1
             * @classdesc Represents a RecallMessage.
             * @constructor
             * @param {voxring.v1.RecallMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecallMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecallMessage messageId.
             * @member {string} messageId
             * @memberof voxring.v1.RecallMessage
             * @instance
             */
            RecallMessage.prototype.messageId = "";

            /**
             * Creates a new RecallMessage instance using the specified properties.
             * @function create
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {voxring.v1.RecallMessage.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.RecallMessage} RecallMessage instance
             * @type {{
             *   (properties: voxring.v1.RecallMessage.$Shape): voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape;
             *   (properties?: voxring.v1.RecallMessage.$Properties): voxring.v1.RecallMessage;
             * }}
             */
            RecallMessage.create = function(properties) {
                return new RecallMessage(properties);
            };

            /**
             * Encodes the specified RecallMessage message. Does not implicitly {@link voxring.v1.RecallMessage.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {voxring.v1.RecallMessage.$Properties} message RecallMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecallMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RecallMessage message, length delimited. Does not implicitly {@link voxring.v1.RecallMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {voxring.v1.RecallMessage.$Properties} message RecallMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecallMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RecallMessage message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape} RecallMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecallMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.RecallMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RecallMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape} RecallMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecallMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RecallMessage message.
             * @function verify
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecallMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a RecallMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.RecallMessage} RecallMessage
             */
            RecallMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.RecallMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.RecallMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.RecallMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a RecallMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {voxring.v1.RecallMessage} message RecallMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecallMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this RecallMessage to JSON.
             * @function toJSON
             * @memberof voxring.v1.RecallMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecallMessage.prototype.toJSON = function() {
                return RecallMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecallMessage
             * @function getTypeUrl
             * @memberof voxring.v1.RecallMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecallMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.RecallMessage";
            };

            return RecallMessage;
        })();

        v1.SendLocation = (function() {

            /**
             * Properties of a SendLocation.
             * @typedef {Object} voxring.v1.SendLocation.$Properties
             * @property {string|null} [messageId] SendLocation messageId
             * @property {string|null} [conversationId] SendLocation conversationId
             * @property {number|null} [latitudeE7] SendLocation latitudeE7
             * @property {number|null} [longitudeE7] SendLocation longitudeE7
             * @property {number|null} [accuracyM] SendLocation accuracyM
             * @property {string|null} [formattedAddress] SendLocation formattedAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendLocation.
             * @memberof voxring.v1
             * @interface ISendLocation
             * @augments voxring.v1.SendLocation.$Properties
             * @deprecated Use voxring.v1.SendLocation.$Properties instead.
             */

            /**
             * Shape of a SendLocation.
             * @typedef {voxring.v1.SendLocation.$Properties} voxring.v1.SendLocation.$Shape
             */

            /**
             * Constructs a new SendLocation.
             * @memberof voxring.v1
             * @classdesc Represents a SendLocation.
             * @constructor
             * @param {voxring.v1.SendLocation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendLocation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendLocation messageId.
             * @member {string} messageId
             * @memberof voxring.v1.SendLocation
             * @instance
             */
            SendLocation.prototype.messageId = "";

            /**
             * SendLocation conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.SendLocation
             * @instance
             */
            SendLocation.prototype.conversationId = "";

            /**
             * SendLocation latitudeE7.
             * @member {number} latitudeE7
             * @memberof voxring.v1.SendLocation
             * @instance
             */
            SendLocation.prototype.latitudeE7 = 0;

            /**
             * SendLocation longitudeE7.
             * @member {number} longitudeE7
             * @memberof voxring.v1.SendLocation
             * @instance
             */
            SendLocation.prototype.longitudeE7 = 0;

            /**
             * SendLocation accuracyM.
             * @member {number} accuracyM
             * @memberof voxring.v1.SendLocation
             * @instance
             */
            SendLocation.prototype.accuracyM = 0;

            /**
             * SendLocation formattedAddress.
             * @member {string} formattedAddress
             * @memberof voxring.v1.SendLocation
             * @instance
             */
            SendLocation.prototype.formattedAddress = "";

            /**
             * Creates a new SendLocation instance using the specified properties.
             * @function create
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {voxring.v1.SendLocation.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.SendLocation} SendLocation instance
             * @type {{
             *   (properties: voxring.v1.SendLocation.$Shape): voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape;
             *   (properties?: voxring.v1.SendLocation.$Properties): voxring.v1.SendLocation;
             * }}
             */
            SendLocation.create = function(properties) {
                return new SendLocation(properties);
            };

            /**
             * Encodes the specified SendLocation message. Does not implicitly {@link voxring.v1.SendLocation.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {voxring.v1.SendLocation.$Properties} message SendLocation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendLocation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.latitudeE7 != null && $Object.hasOwnProperty.call(message, "latitudeE7") && message.latitudeE7 !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.latitudeE7);
                if (message.longitudeE7 != null && $Object.hasOwnProperty.call(message, "longitudeE7") && message.longitudeE7 !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.longitudeE7);
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM") && message.accuracyM !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.accuracyM);
                if (message.formattedAddress != null && $Object.hasOwnProperty.call(message, "formattedAddress") && message.formattedAddress !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.formattedAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendLocation message, length delimited. Does not implicitly {@link voxring.v1.SendLocation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {voxring.v1.SendLocation.$Properties} message SendLocation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendLocation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendLocation message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape} SendLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendLocation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.SendLocation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.latitudeE7 = value;
                            else
                                delete message.latitudeE7;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.longitudeE7 = value;
                            else
                                delete message.longitudeE7;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accuracyM = value;
                            else
                                delete message.accuracyM;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.formattedAddress = value;
                            else
                                delete message.formattedAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendLocation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape} SendLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendLocation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendLocation message.
             * @function verify
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendLocation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.latitudeE7 != null && $Object.hasOwnProperty.call(message, "latitudeE7"))
                    if (!$util.isInteger(message.latitudeE7))
                        return "latitudeE7: integer expected";
                if (message.longitudeE7 != null && $Object.hasOwnProperty.call(message, "longitudeE7"))
                    if (!$util.isInteger(message.longitudeE7))
                        return "longitudeE7: integer expected";
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    if (!$util.isInteger(message.accuracyM))
                        return "accuracyM: integer expected";
                if (message.formattedAddress != null && $Object.hasOwnProperty.call(message, "formattedAddress"))
                    if (!$util.isString(message.formattedAddress))
                        return "formattedAddress: string expected";
                return null;
            };

            /**
             * Creates a SendLocation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.SendLocation} SendLocation
             */
            SendLocation.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.SendLocation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.SendLocation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.SendLocation();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.latitudeE7 != null)
                    if ($Number(object.latitudeE7) !== 0)
                        message.latitudeE7 = object.latitudeE7 | 0;
                if (object.longitudeE7 != null)
                    if ($Number(object.longitudeE7) !== 0)
                        message.longitudeE7 = object.longitudeE7 | 0;
                if (object.accuracyM != null)
                    if ($Number(object.accuracyM) !== 0)
                        message.accuracyM = object.accuracyM >>> 0;
                if (object.formattedAddress != null)
                    if (typeof object.formattedAddress !== "string" || object.formattedAddress.length)
                        message.formattedAddress = $String(object.formattedAddress);
                return message;
            };

            /**
             * Creates a plain object from a SendLocation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {voxring.v1.SendLocation} message SendLocation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendLocation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    object.latitudeE7 = 0;
                    object.longitudeE7 = 0;
                    object.accuracyM = 0;
                    object.formattedAddress = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.latitudeE7 != null && $Object.hasOwnProperty.call(message, "latitudeE7"))
                    object.latitudeE7 = message.latitudeE7;
                if (message.longitudeE7 != null && $Object.hasOwnProperty.call(message, "longitudeE7"))
                    object.longitudeE7 = message.longitudeE7;
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    object.accuracyM = message.accuracyM;
                if (message.formattedAddress != null && $Object.hasOwnProperty.call(message, "formattedAddress"))
                    object.formattedAddress = message.formattedAddress;
                return object;
            };

            /**
             * Converts this SendLocation to JSON.
             * @function toJSON
             * @memberof voxring.v1.SendLocation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendLocation.prototype.toJSON = function() {
                return SendLocation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendLocation
             * @function getTypeUrl
             * @memberof voxring.v1.SendLocation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendLocation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.SendLocation";
            };

            return SendLocation;
        })();

        v1.Heard = (function() {

            /**
             * Properties of a Heard.
             * @typedef {Object} voxring.v1.Heard.$Properties
             * @property {string|null} [messageId] Heard messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heard.
             * @memberof voxring.v1
             * @interface IHeard
             * @augments voxring.v1.Heard.$Properties
             * @deprecated Use voxring.v1.Heard.$Properties instead.
             */

            /**
             * Shape of a Heard.
             * @typedef {voxring.v1.Heard.$Properties} voxring.v1.Heard.$Shape
             */

            /**
             * Constructs a new Heard.
             * @memberof voxring.v1
             * @classdesc Represents a Heard.
             * @constructor
             * @param {voxring.v1.Heard.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heard = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heard messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Heard
             * @instance
             */
            Heard.prototype.messageId = "";

            /**
             * Creates a new Heard instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Heard
             * @static
             * @param {voxring.v1.Heard.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Heard} Heard instance
             * @type {{
             *   (properties: voxring.v1.Heard.$Shape): voxring.v1.Heard & voxring.v1.Heard.$Shape;
             *   (properties?: voxring.v1.Heard.$Properties): voxring.v1.Heard;
             * }}
             */
            Heard.create = function(properties) {
                return new Heard(properties);
            };

            /**
             * Encodes the specified Heard message. Does not implicitly {@link voxring.v1.Heard.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Heard
             * @static
             * @param {voxring.v1.Heard.$Properties} message Heard message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heard.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heard message, length delimited. Does not implicitly {@link voxring.v1.Heard.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Heard
             * @static
             * @param {voxring.v1.Heard.$Properties} message Heard message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heard.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heard message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Heard
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Heard & voxring.v1.Heard.$Shape} Heard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heard.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Heard();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Heard message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Heard
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Heard & voxring.v1.Heard.$Shape} Heard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heard.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heard message.
             * @function verify
             * @memberof voxring.v1.Heard
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heard.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a Heard message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Heard
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Heard} Heard
             */
            Heard.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Heard)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Heard: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Heard();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a Heard message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Heard
             * @static
             * @param {voxring.v1.Heard} message Heard
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heard.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this Heard to JSON.
             * @function toJSON
             * @memberof voxring.v1.Heard
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heard.prototype.toJSON = function() {
                return Heard.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heard
             * @function getTypeUrl
             * @memberof voxring.v1.Heard
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heard.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Heard";
            };

            return Heard;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} voxring.v1.Ping.$Properties
             * @property {number|null} [nonce] Ping nonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof voxring.v1
             * @interface IPing
             * @augments voxring.v1.Ping.$Properties
             * @deprecated Use voxring.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {voxring.v1.Ping.$Properties} voxring.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof voxring.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {voxring.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping nonce.
             * @member {number} nonce
             * @memberof voxring.v1.Ping
             * @instance
             */
            Ping.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Ping
             * @static
             * @param {voxring.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Ping} Ping instance
             * @type {{
             *   (properties: voxring.v1.Ping.$Shape): voxring.v1.Ping & voxring.v1.Ping.$Shape;
             *   (properties?: voxring.v1.Ping.$Properties): voxring.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link voxring.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Ping
             * @static
             * @param {voxring.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link voxring.v1.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Ping
             * @static
             * @param {voxring.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Ping & voxring.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Ping & voxring.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof voxring.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isInteger(message.nonce) && !(message.nonce && $util.isInteger(message.nonce.low) && $util.isInteger(message.nonce.high)))
                        return "nonce: integer|Long expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Ping();
                if (object.nonce != null)
                    if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = $parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Ping
             * @static
             * @param {voxring.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                    else if (typeof message.nonce === "number")
                        object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                    else
                        object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof voxring.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof voxring.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Ping";
            };

            return Ping;
        })();

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} voxring.v1.ClientFrame.$Properties
             * @property {number|null} [ref] ClientFrame ref
             * @property {voxring.v1.Hello.$Properties|null} [hello] ClientFrame hello
             * @property {voxring.v1.StartMessage.$Properties|null} [startMessage] ClientFrame startMessage
             * @property {voxring.v1.Chunk.$Properties|null} [chunk] ClientFrame chunk
             * @property {voxring.v1.EndMessage.$Properties|null} [endMessage] ClientFrame endMessage
             * @property {voxring.v1.SendText.$Properties|null} [sendText] ClientFrame sendText
             * @property {voxring.v1.Listen.$Properties|null} [listen] ClientFrame listen
             * @property {voxring.v1.StopListen.$Properties|null} [stopListen] ClientFrame stopListen
             * @property {voxring.v1.Monitor.$Properties|null} [monitor] ClientFrame monitor
             * @property {voxring.v1.TimelineRequest.$Properties|null} [timelineRequest] ClientFrame timelineRequest
             * @property {voxring.v1.Ping.$Properties|null} [ping] ClientFrame ping
             * @property {voxring.v1.RecallMessage.$Properties|null} [recallMessage] ClientFrame recallMessage
             * @property {voxring.v1.SendLocation.$Properties|null} [sendLocation] ClientFrame sendLocation
             * @property {voxring.v1.Heard.$Properties|null} [heard] ClientFrame heard
             * @property {voxring.v1.SetListenMode.$Properties|null} [listenMode] ClientFrame listenMode
             * @property {"hello"|"startMessage"|"chunk"|"endMessage"|"sendText"|"listen"|"stopListen"|"monitor"|"timelineRequest"|"ping"|"recallMessage"|"sendLocation"|"heard"|"listenMode"} [body] ClientFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof voxring.v1
             * @interface IClientFrame
             * @augments voxring.v1.ClientFrame.$Properties
             * @deprecated Use voxring.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   ref?: number|null;
             *   hello?: voxring.v1.Hello.$Shape|null;
             *   startMessage?: voxring.v1.StartMessage.$Shape|null;
             *   chunk?: voxring.v1.Chunk.$Shape|null;
             *   endMessage?: voxring.v1.EndMessage.$Shape|null;
             *   sendText?: voxring.v1.SendText.$Shape|null;
             *   listen?: voxring.v1.Listen.$Shape|null;
             *   stopListen?: voxring.v1.StopListen.$Shape|null;
             *   monitor?: voxring.v1.Monitor.$Shape|null;
             *   timelineRequest?: voxring.v1.TimelineRequest.$Shape|null;
             *   ping?: voxring.v1.Ping.$Shape|null;
             *   recallMessage?: voxring.v1.RecallMessage.$Shape|null;
             *   sendLocation?: voxring.v1.SendLocation.$Shape|null;
             *   heard?: voxring.v1.Heard.$Shape|null;
             *   listenMode?: voxring.v1.SetListenMode.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "hello"; hello: voxring.v1.Hello.$Shape; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "startMessage"; hello?: null; startMessage: voxring.v1.StartMessage.$Shape; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "chunk"; hello?: null; startMessage?: null; chunk: voxring.v1.Chunk.$Shape; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "endMessage"; hello?: null; startMessage?: null; chunk?: null; endMessage: voxring.v1.EndMessage.$Shape; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "sendText"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText: voxring.v1.SendText.$Shape; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "listen"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen: voxring.v1.Listen.$Shape; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "stopListen"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen: voxring.v1.StopListen.$Shape; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "monitor"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor: voxring.v1.Monitor.$Shape; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "timelineRequest"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest: voxring.v1.TimelineRequest.$Shape; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "ping"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping: voxring.v1.Ping.$Shape; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "recallMessage"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage: voxring.v1.RecallMessage.$Shape; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "sendLocation"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation: voxring.v1.SendLocation.$Shape; heard?: null; listenMode?: null }|{ body?: "heard"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard: voxring.v1.Heard.$Shape; listenMode?: null }|{ body?: "listenMode"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode: voxring.v1.SetListenMode.$Shape })
             * )} voxring.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof voxring.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {voxring.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame ref.
             * @member {number} ref
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ref = 0;

            /**
             * ClientFrame hello.
             * @member {voxring.v1.Hello.$Properties|null|undefined} hello
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.hello = null;

            /**
             * ClientFrame startMessage.
             * @member {voxring.v1.StartMessage.$Properties|null|undefined} startMessage
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.startMessage = null;

            /**
             * ClientFrame chunk.
             * @member {voxring.v1.Chunk.$Properties|null|undefined} chunk
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.chunk = null;

            /**
             * ClientFrame endMessage.
             * @member {voxring.v1.EndMessage.$Properties|null|undefined} endMessage
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.endMessage = null;

            /**
             * ClientFrame sendText.
             * @member {voxring.v1.SendText.$Properties|null|undefined} sendText
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.sendText = null;

            /**
             * ClientFrame listen.
             * @member {voxring.v1.Listen.$Properties|null|undefined} listen
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.listen = null;

            /**
             * ClientFrame stopListen.
             * @member {voxring.v1.StopListen.$Properties|null|undefined} stopListen
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.stopListen = null;

            /**
             * ClientFrame monitor.
             * @member {voxring.v1.Monitor.$Properties|null|undefined} monitor
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.monitor = null;

            /**
             * ClientFrame timelineRequest.
             * @member {voxring.v1.TimelineRequest.$Properties|null|undefined} timelineRequest
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.timelineRequest = null;

            /**
             * ClientFrame ping.
             * @member {voxring.v1.Ping.$Properties|null|undefined} ping
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ping = null;

            /**
             * ClientFrame recallMessage.
             * @member {voxring.v1.RecallMessage.$Properties|null|undefined} recallMessage
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.recallMessage = null;

            /**
             * ClientFrame sendLocation.
             * @member {voxring.v1.SendLocation.$Properties|null|undefined} sendLocation
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.sendLocation = null;

            /**
             * ClientFrame heard.
             * @member {voxring.v1.Heard.$Properties|null|undefined} heard
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.heard = null;

            /**
             * ClientFrame listenMode.
             * @member {voxring.v1.SetListenMode.$Properties|null|undefined} listenMode
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.listenMode = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame body.
             * @member {"hello"|"startMessage"|"chunk"|"endMessage"|"sendText"|"listen"|"stopListen"|"monitor"|"timelineRequest"|"ping"|"recallMessage"|"sendLocation"|"heard"|"listenMode"|undefined} body
             * @memberof voxring.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "startMessage", "chunk", "endMessage", "sendText", "listen", "stopListen", "monitor", "timelineRequest", "ping", "recallMessage", "sendLocation", "heard", "listenMode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {voxring.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: voxring.v1.ClientFrame.$Shape): voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape;
             *   (properties?: voxring.v1.ClientFrame.$Properties): voxring.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link voxring.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {voxring.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ref);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.voxring.v1.Hello.encode(message.hello, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.startMessage != null && $Object.hasOwnProperty.call(message, "startMessage"))
                    $root.voxring.v1.StartMessage.encode(message.startMessage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.voxring.v1.Chunk.encode(message.chunk, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.endMessage != null && $Object.hasOwnProperty.call(message, "endMessage"))
                    $root.voxring.v1.EndMessage.encode(message.endMessage, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.sendText != null && $Object.hasOwnProperty.call(message, "sendText"))
                    $root.voxring.v1.SendText.encode(message.sendText, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.listen != null && $Object.hasOwnProperty.call(message, "listen"))
                    $root.voxring.v1.Listen.encode(message.listen, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.stopListen != null && $Object.hasOwnProperty.call(message, "stopListen"))
                    $root.voxring.v1.StopListen.encode(message.stopListen, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.monitor != null && $Object.hasOwnProperty.call(message, "monitor"))
                    $root.voxring.v1.Monitor.encode(message.monitor, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.timelineRequest != null && $Object.hasOwnProperty.call(message, "timelineRequest"))
                    $root.voxring.v1.TimelineRequest.encode(message.timelineRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.voxring.v1.Ping.encode(message.ping, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.recallMessage != null && $Object.hasOwnProperty.call(message, "recallMessage"))
                    $root.voxring.v1.RecallMessage.encode(message.recallMessage, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.heard != null && $Object.hasOwnProperty.call(message, "heard"))
                    $root.voxring.v1.Heard.encode(message.heard, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.listenMode != null && $Object.hasOwnProperty.call(message, "listenMode"))
                    $root.voxring.v1.SetListenMode.encode(message.listenMode, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.sendLocation != null && $Object.hasOwnProperty.call(message, "sendLocation"))
                    $root.voxring.v1.SendLocation.encode(message.sendLocation, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link voxring.v1.ClientFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {voxring.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.ClientFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.voxring.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.startMessage = $root.voxring.v1.StartMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.startMessage);
                            message.body = "startMessage";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.voxring.v1.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.body = "chunk";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.endMessage = $root.voxring.v1.EndMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.endMessage);
                            message.body = "endMessage";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.sendText = $root.voxring.v1.SendText.decode(reader, reader.size(), $undefined, _depth + 1, message.sendText);
                            message.body = "sendText";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.listen = $root.voxring.v1.Listen.decode(reader, reader.size(), $undefined, _depth + 1, message.listen);
                            message.body = "listen";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.stopListen = $root.voxring.v1.StopListen.decode(reader, reader.size(), $undefined, _depth + 1, message.stopListen);
                            message.body = "stopListen";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.monitor = $root.voxring.v1.Monitor.decode(reader, reader.size(), $undefined, _depth + 1, message.monitor);
                            message.body = "monitor";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.timelineRequest = $root.voxring.v1.TimelineRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.timelineRequest);
                            message.body = "timelineRequest";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.voxring.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.recallMessage = $root.voxring.v1.RecallMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.recallMessage);
                            message.body = "recallMessage";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.sendLocation = $root.voxring.v1.SendLocation.decode(reader, reader.size(), $undefined, _depth + 1, message.sendLocation);
                            message.body = "sendLocation";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.heard = $root.voxring.v1.Heard.decode(reader, reader.size(), $undefined, _depth + 1, message.heard);
                            message.body = "heard";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.listenMode = $root.voxring.v1.SetListenMode.decode(reader, reader.size(), $undefined, _depth + 1, message.listenMode);
                            message.body = "listenMode";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientFrame message.
             * @function verify
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (!$util.isInteger(message.ref))
                        return "ref: integer expected";
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.startMessage != null && $Object.hasOwnProperty.call(message, "startMessage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.StartMessage.verify(message.startMessage, _depth + 1);
                        if (error)
                            return "startMessage." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Chunk.verify(message.chunk, _depth + 1);
                        if (error)
                            return "chunk." + error;
                    }
                }
                if (message.endMessage != null && $Object.hasOwnProperty.call(message, "endMessage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.EndMessage.verify(message.endMessage, _depth + 1);
                        if (error)
                            return "endMessage." + error;
                    }
                }
                if (message.sendText != null && $Object.hasOwnProperty.call(message, "sendText")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.SendText.verify(message.sendText, _depth + 1);
                        if (error)
                            return "sendText." + error;
                    }
                }
                if (message.listen != null && $Object.hasOwnProperty.call(message, "listen")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Listen.verify(message.listen, _depth + 1);
                        if (error)
                            return "listen." + error;
                    }
                }
                if (message.stopListen != null && $Object.hasOwnProperty.call(message, "stopListen")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.StopListen.verify(message.stopListen, _depth + 1);
                        if (error)
                            return "stopListen." + error;
                    }
                }
                if (message.monitor != null && $Object.hasOwnProperty.call(message, "monitor")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Monitor.verify(message.monitor, _depth + 1);
                        if (error)
                            return "monitor." + error;
                    }
                }
                if (message.timelineRequest != null && $Object.hasOwnProperty.call(message, "timelineRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.TimelineRequest.verify(message.timelineRequest, _depth + 1);
                        if (error)
                            return "timelineRequest." + error;
                    }
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.recallMessage != null && $Object.hasOwnProperty.call(message, "recallMessage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.RecallMessage.verify(message.recallMessage, _depth + 1);
                        if (error)
                            return "recallMessage." + error;
                    }
                }
                if (message.sendLocation != null && $Object.hasOwnProperty.call(message, "sendLocation")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.SendLocation.verify(message.sendLocation, _depth + 1);
                        if (error)
                            return "sendLocation." + error;
                    }
                }
                if (message.heard != null && $Object.hasOwnProperty.call(message, "heard")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Heard.verify(message.heard, _depth + 1);
                        if (error)
                            return "heard." + error;
                    }
                }
                if (message.listenMode != null && $Object.hasOwnProperty.call(message, "listenMode")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.SetListenMode.verify(message.listenMode, _depth + 1);
                        if (error)
                            return "listenMode." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.ClientFrame} ClientFrame
             */
            ClientFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.ClientFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.ClientFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.ClientFrame();
                if (object.ref != null)
                    if ($Number(object.ref) !== 0)
                        message.ref = object.ref >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".voxring.v1.ClientFrame.hello: object expected");
                    message.hello = $root.voxring.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.startMessage != null) {
                    if (!$util.isObject(object.startMessage))
                        throw $TypeError(".voxring.v1.ClientFrame.startMessage: object expected");
                    message.startMessage = $root.voxring.v1.StartMessage.fromObject(object.startMessage, _depth + 1);
                }
                if (object.chunk != null) {
                    if (!$util.isObject(object.chunk))
                        throw $TypeError(".voxring.v1.ClientFrame.chunk: object expected");
                    message.chunk = $root.voxring.v1.Chunk.fromObject(object.chunk, _depth + 1);
                }
                if (object.endMessage != null) {
                    if (!$util.isObject(object.endMessage))
                        throw $TypeError(".voxring.v1.ClientFrame.endMessage: object expected");
                    message.endMessage = $root.voxring.v1.EndMessage.fromObject(object.endMessage, _depth + 1);
                }
                if (object.sendText != null) {
                    if (!$util.isObject(object.sendText))
                        throw $TypeError(".voxring.v1.ClientFrame.sendText: object expected");
                    message.sendText = $root.voxring.v1.SendText.fromObject(object.sendText, _depth + 1);
                }
                if (object.listen != null) {
                    if (!$util.isObject(object.listen))
                        throw $TypeError(".voxring.v1.ClientFrame.listen: object expected");
                    message.listen = $root.voxring.v1.Listen.fromObject(object.listen, _depth + 1);
                }
                if (object.stopListen != null) {
                    if (!$util.isObject(object.stopListen))
                        throw $TypeError(".voxring.v1.ClientFrame.stopListen: object expected");
                    message.stopListen = $root.voxring.v1.StopListen.fromObject(object.stopListen, _depth + 1);
                }
                if (object.monitor != null) {
                    if (!$util.isObject(object.monitor))
                        throw $TypeError(".voxring.v1.ClientFrame.monitor: object expected");
                    message.monitor = $root.voxring.v1.Monitor.fromObject(object.monitor, _depth + 1);
                }
                if (object.timelineRequest != null) {
                    if (!$util.isObject(object.timelineRequest))
                        throw $TypeError(".voxring.v1.ClientFrame.timelineRequest: object expected");
                    message.timelineRequest = $root.voxring.v1.TimelineRequest.fromObject(object.timelineRequest, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".voxring.v1.ClientFrame.ping: object expected");
                    message.ping = $root.voxring.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.recallMessage != null) {
                    if (!$util.isObject(object.recallMessage))
                        throw $TypeError(".voxring.v1.ClientFrame.recallMessage: object expected");
                    message.recallMessage = $root.voxring.v1.RecallMessage.fromObject(object.recallMessage, _depth + 1);
                }
                if (object.sendLocation != null) {
                    if (!$util.isObject(object.sendLocation))
                        throw $TypeError(".voxring.v1.ClientFrame.sendLocation: object expected");
                    message.sendLocation = $root.voxring.v1.SendLocation.fromObject(object.sendLocation, _depth + 1);
                }
                if (object.heard != null) {
                    if (!$util.isObject(object.heard))
                        throw $TypeError(".voxring.v1.ClientFrame.heard: object expected");
                    message.heard = $root.voxring.v1.Heard.fromObject(object.heard, _depth + 1);
                }
                if (object.listenMode != null) {
                    if (!$util.isObject(object.listenMode))
                        throw $TypeError(".voxring.v1.ClientFrame.listenMode: object expected");
                    message.listenMode = $root.voxring.v1.SetListenMode.fromObject(object.listenMode, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {voxring.v1.ClientFrame} message ClientFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ref = 0;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.voxring.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.startMessage != null && $Object.hasOwnProperty.call(message, "startMessage")) {
                    object.startMessage = $root.voxring.v1.StartMessage.toObject(message.startMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "startMessage";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = $root.voxring.v1.Chunk.toObject(message.chunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chunk";
                }
                if (message.endMessage != null && $Object.hasOwnProperty.call(message, "endMessage")) {
                    object.endMessage = $root.voxring.v1.EndMessage.toObject(message.endMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "endMessage";
                }
                if (message.sendText != null && $Object.hasOwnProperty.call(message, "sendText")) {
                    object.sendText = $root.voxring.v1.SendText.toObject(message.sendText, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sendText";
                }
                if (message.listen != null && $Object.hasOwnProperty.call(message, "listen")) {
                    object.listen = $root.voxring.v1.Listen.toObject(message.listen, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listen";
                }
                if (message.stopListen != null && $Object.hasOwnProperty.call(message, "stopListen")) {
                    object.stopListen = $root.voxring.v1.StopListen.toObject(message.stopListen, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "stopListen";
                }
                if (message.monitor != null && $Object.hasOwnProperty.call(message, "monitor")) {
                    object.monitor = $root.voxring.v1.Monitor.toObject(message.monitor, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "monitor";
                }
                if (message.timelineRequest != null && $Object.hasOwnProperty.call(message, "timelineRequest")) {
                    object.timelineRequest = $root.voxring.v1.TimelineRequest.toObject(message.timelineRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "timelineRequest";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.voxring.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.recallMessage != null && $Object.hasOwnProperty.call(message, "recallMessage")) {
                    object.recallMessage = $root.voxring.v1.RecallMessage.toObject(message.recallMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "recallMessage";
                }
                if (message.heard != null && $Object.hasOwnProperty.call(message, "heard")) {
                    object.heard = $root.voxring.v1.Heard.toObject(message.heard, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heard";
                }
                if (message.listenMode != null && $Object.hasOwnProperty.call(message, "listenMode")) {
                    object.listenMode = $root.voxring.v1.SetListenMode.toObject(message.listenMode, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listenMode";
                }
                if (message.sendLocation != null && $Object.hasOwnProperty.call(message, "sendLocation")) {
                    object.sendLocation = $root.voxring.v1.SendLocation.toObject(message.sendLocation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sendLocation";
                }
                return object;
            };

            /**
             * Converts this ClientFrame to JSON.
             * @function toJSON
             * @memberof voxring.v1.ClientFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientFrame.prototype.toJSON = function() {
                return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientFrame
             * @function getTypeUrl
             * @memberof voxring.v1.ClientFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.ClientFrame";
            };

            return ClientFrame;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} voxring.v1.Welcome.$Properties
             * @property {string|null} [userId] Welcome userId
             * @property {string|null} [username] Welcome username
             * @property {string|null} [deviceId] Welcome deviceId
             * @property {number|null} [sessionExpiresAtMs] Welcome sessionExpiresAtMs
             * @property {number|null} [timelineHead] Welcome timelineHead
             * @property {string|null} [routerId] Welcome routerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof voxring.v1
             * @interface IWelcome
             * @augments voxring.v1.Welcome.$Properties
             * @deprecated Use voxring.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {voxring.v1.Welcome.$Properties} voxring.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof voxring.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {voxring.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome userId.
             * @member {string} userId
             * @memberof voxring.v1.Welcome
             * @instance
             */
            Welcome.prototype.userId = "";

            /**
             * Welcome username.
             * @member {string} username
             * @memberof voxring.v1.Welcome
             * @instance
             */
            Welcome.prototype.username = "";

            /**
             * Welcome deviceId.
             * @member {string} deviceId
             * @memberof voxring.v1.Welcome
             * @instance
             */
            Welcome.prototype.deviceId = "";

            /**
             * Welcome sessionExpiresAtMs.
             * @member {number} sessionExpiresAtMs
             * @memberof voxring.v1.Welcome
             * @instance
             */
            Welcome.prototype.sessionExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome timelineHead.
             * @member {number} timelineHead
             * @memberof voxring.v1.Welcome
             * @instance
             */
            Welcome.prototype.timelineHead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome routerId.
             * @member {string} routerId
             * @memberof voxring.v1.Welcome
             * @instance
             */
            Welcome.prototype.routerId = "";

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Welcome
             * @static
             * @param {voxring.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: voxring.v1.Welcome.$Shape): voxring.v1.Welcome & voxring.v1.Welcome.$Shape;
             *   (properties?: voxring.v1.Welcome.$Properties): voxring.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link voxring.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Welcome
             * @static
             * @param {voxring.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.sessionExpiresAtMs != null && $Object.hasOwnProperty.call(message, "sessionExpiresAtMs") && (typeof message.sessionExpiresAtMs === "object" ? message.sessionExpiresAtMs.low || message.sessionExpiresAtMs.high : message.sessionExpiresAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sessionExpiresAtMs);
                if (message.timelineHead != null && $Object.hasOwnProperty.call(message, "timelineHead") && (typeof message.timelineHead === "object" ? message.timelineHead.low || message.timelineHead.high : message.timelineHead !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timelineHead);
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId") && message.routerId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.routerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link voxring.v1.Welcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Welcome
             * @static
             * @param {voxring.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Welcome & voxring.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionExpiresAtMs = value;
                            else
                                delete message.sessionExpiresAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timelineHead = value;
                            else
                                delete message.timelineHead;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.routerId = value;
                            else
                                delete message.routerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Welcome & voxring.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Welcome message.
             * @function verify
             * @memberof voxring.v1.Welcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Welcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.sessionExpiresAtMs != null && $Object.hasOwnProperty.call(message, "sessionExpiresAtMs"))
                    if (!$util.isInteger(message.sessionExpiresAtMs) && !(message.sessionExpiresAtMs && $util.isInteger(message.sessionExpiresAtMs.low) && $util.isInteger(message.sessionExpiresAtMs.high)))
                        return "sessionExpiresAtMs: integer|Long expected";
                if (message.timelineHead != null && $Object.hasOwnProperty.call(message, "timelineHead"))
                    if (!$util.isInteger(message.timelineHead) && !(message.timelineHead && $util.isInteger(message.timelineHead.low) && $util.isInteger(message.timelineHead.high)))
                        return "timelineHead: integer|Long expected";
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId"))
                    if (!$util.isString(message.routerId))
                        return "routerId: string expected";
                return null;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Welcome();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.sessionExpiresAtMs != null)
                    if (typeof object.sessionExpiresAtMs === "object" ? object.sessionExpiresAtMs.low || object.sessionExpiresAtMs.high : $Number(object.sessionExpiresAtMs) !== 0)
                        if ($util.Long)
                            message.sessionExpiresAtMs = $util.Long.fromValue(object.sessionExpiresAtMs, true);
                        else if (typeof object.sessionExpiresAtMs === "string")
                            message.sessionExpiresAtMs = $parseInt(object.sessionExpiresAtMs, 10);
                        else if (typeof object.sessionExpiresAtMs === "number")
                            message.sessionExpiresAtMs = object.sessionExpiresAtMs;
                        else if (typeof object.sessionExpiresAtMs === "object")
                            message.sessionExpiresAtMs = new $util.LongBits(object.sessionExpiresAtMs.low >>> 0, object.sessionExpiresAtMs.high >>> 0).toNumber(true);
                if (object.timelineHead != null)
                    if (typeof object.timelineHead === "object" ? object.timelineHead.low || object.timelineHead.high : $Number(object.timelineHead) !== 0)
                        if ($util.Long)
                            message.timelineHead = $util.Long.fromValue(object.timelineHead, true);
                        else if (typeof object.timelineHead === "string")
                            message.timelineHead = $parseInt(object.timelineHead, 10);
                        else if (typeof object.timelineHead === "number")
                            message.timelineHead = object.timelineHead;
                        else if (typeof object.timelineHead === "object")
                            message.timelineHead = new $util.LongBits(object.timelineHead.low >>> 0, object.timelineHead.high >>> 0).toNumber(true);
                if (object.routerId != null)
                    if (typeof object.routerId !== "string" || object.routerId.length)
                        message.routerId = $String(object.routerId);
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Welcome
             * @static
             * @param {voxring.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.username = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionExpiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionExpiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timelineHead = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timelineHead = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.routerId = "";
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.sessionExpiresAtMs != null && $Object.hasOwnProperty.call(message, "sessionExpiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionExpiresAtMs = typeof message.sessionExpiresAtMs === "number" ? $BigInt(message.sessionExpiresAtMs) : $util.Long.fromBits(message.sessionExpiresAtMs.low >>> 0, message.sessionExpiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionExpiresAtMs === "number")
                        object.sessionExpiresAtMs = options.longs === $String ? $String(message.sessionExpiresAtMs) : message.sessionExpiresAtMs;
                    else
                        object.sessionExpiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionExpiresAtMs) : options.longs === $Number ? new $util.LongBits(message.sessionExpiresAtMs.low >>> 0, message.sessionExpiresAtMs.high >>> 0).toNumber(true) : message.sessionExpiresAtMs;
                if (message.timelineHead != null && $Object.hasOwnProperty.call(message, "timelineHead"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timelineHead = typeof message.timelineHead === "number" ? $BigInt(message.timelineHead) : $util.Long.fromBits(message.timelineHead.low >>> 0, message.timelineHead.high >>> 0, true).toBigInt();
                    else if (typeof message.timelineHead === "number")
                        object.timelineHead = options.longs === $String ? $String(message.timelineHead) : message.timelineHead;
                    else
                        object.timelineHead = options.longs === $String ? $util.Long.prototype.toString.call(message.timelineHead) : options.longs === $Number ? new $util.LongBits(message.timelineHead.low >>> 0, message.timelineHead.high >>> 0).toNumber(true) : message.timelineHead;
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId"))
                    object.routerId = message.routerId;
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof voxring.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof voxring.v1.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Welcome";
            };

            return Welcome;
        })();

        v1.Route = (function() {

            /**
             * Properties of a Route.
             * @typedef {Object} voxring.v1.Route.$Properties
             * @property {string|null} [routerId] Route routerId
             * @property {string|null} [homeUrl] Route homeUrl
             * @property {Array.<string>|null} [fallbackUrls] Route fallbackUrls
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Route.
             * @memberof voxring.v1
             * @interface IRoute
             * @augments voxring.v1.Route.$Properties
             * @deprecated Use voxring.v1.Route.$Properties instead.
             */

            /**
             * Shape of a Route.
             * @typedef {voxring.v1.Route.$Properties} voxring.v1.Route.$Shape
             */

            /**
             * Constructs a new Route.
             * @memberof voxring.v1
             * @classdesc Represents a Route.
             * @constructor
             * @param {voxring.v1.Route.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Route = function (properties) {
                this.fallbackUrls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Route routerId.
             * @member {string} routerId
             * @memberof voxring.v1.Route
             * @instance
             */
            Route.prototype.routerId = "";

            /**
             * Route homeUrl.
             * @member {string} homeUrl
             * @memberof voxring.v1.Route
             * @instance
             */
            Route.prototype.homeUrl = "";

            /**
             * Route fallbackUrls.
             * @member {Array.<string>} fallbackUrls
             * @memberof voxring.v1.Route
             * @instance
             */
            Route.prototype.fallbackUrls = $util.emptyArray;

            /**
             * Creates a new Route instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Route
             * @static
             * @param {voxring.v1.Route.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Route} Route instance
             * @type {{
             *   (properties: voxring.v1.Route.$Shape): voxring.v1.Route & voxring.v1.Route.$Shape;
             *   (properties?: voxring.v1.Route.$Properties): voxring.v1.Route;
             * }}
             */
            Route.create = function(properties) {
                return new Route(properties);
            };

            /**
             * Encodes the specified Route message. Does not implicitly {@link voxring.v1.Route.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Route
             * @static
             * @param {voxring.v1.Route.$Properties} message Route message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Route.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId") && message.routerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.routerId);
                if (message.homeUrl != null && $Object.hasOwnProperty.call(message, "homeUrl") && message.homeUrl !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.homeUrl);
                if (message.fallbackUrls != null && message.fallbackUrls.length)
                    for (let i = 0; i < message.fallbackUrls.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.fallbackUrls[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Route message, length delimited. Does not implicitly {@link voxring.v1.Route.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Route
             * @static
             * @param {voxring.v1.Route.$Properties} message Route message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Route.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Route message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Route
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Route & voxring.v1.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Route.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Route();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.routerId = value;
                            else
                                delete message.routerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.homeUrl = value;
                            else
                                delete message.homeUrl;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fallbackUrls && message.fallbackUrls.length))
                                message.fallbackUrls = [];
                            message.fallbackUrls.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Route message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Route
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Route & voxring.v1.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Route.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Route message.
             * @function verify
             * @memberof voxring.v1.Route
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Route.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId"))
                    if (!$util.isString(message.routerId))
                        return "routerId: string expected";
                if (message.homeUrl != null && $Object.hasOwnProperty.call(message, "homeUrl"))
                    if (!$util.isString(message.homeUrl))
                        return "homeUrl: string expected";
                if (message.fallbackUrls != null && $Object.hasOwnProperty.call(message, "fallbackUrls")) {
                    if (!$Array.isArray(message.fallbackUrls))
                        return "fallbackUrls: array expected";
                    for (let i = 0; i < message.fallbackUrls.length; ++i)
                        if (!$util.isString(message.fallbackUrls[i]))
                            return "fallbackUrls: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Route message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Route
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Route} Route
             */
            Route.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Route)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Route: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Route();
                if (object.routerId != null)
                    if (typeof object.routerId !== "string" || object.routerId.length)
                        message.routerId = $String(object.routerId);
                if (object.homeUrl != null)
                    if (typeof object.homeUrl !== "string" || object.homeUrl.length)
                        message.homeUrl = $String(object.homeUrl);
                if (object.fallbackUrls) {
                    if (!$Array.isArray(object.fallbackUrls))
                        throw $TypeError(".voxring.v1.Route.fallbackUrls: array expected");
                    message.fallbackUrls = $Array(object.fallbackUrls.length);
                    for (let i = 0; i < object.fallbackUrls.length; ++i)
                        message.fallbackUrls[i] = $String(object.fallbackUrls[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Route message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Route
             * @static
             * @param {voxring.v1.Route} message Route
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Route.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fallbackUrls = [];
                if (options.defaults) {
                    object.routerId = "";
                    object.homeUrl = "";
                }
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId"))
                    object.routerId = message.routerId;
                if (message.homeUrl != null && $Object.hasOwnProperty.call(message, "homeUrl"))
                    object.homeUrl = message.homeUrl;
                if (message.fallbackUrls && message.fallbackUrls.length) {
                    object.fallbackUrls = $Array(message.fallbackUrls.length);
                    for (let j = 0; j < message.fallbackUrls.length; ++j)
                        object.fallbackUrls[j] = message.fallbackUrls[j];
                }
                return object;
            };

            /**
             * Converts this Route to JSON.
             * @function toJSON
             * @memberof voxring.v1.Route
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Route.prototype.toJSON = function() {
                return Route.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Route
             * @function getTypeUrl
             * @memberof voxring.v1.Route
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Route.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Route";
            };

            return Route;
        })();

        v1.Redirect = (function() {

            /**
             * Properties of a Redirect.
             * @typedef {Object} voxring.v1.Redirect.$Properties
             * @property {string|null} [url] Redirect url
             * @property {string|null} [routerId] Redirect routerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Redirect.
             * @memberof voxring.v1
             * @interface IRedirect
             * @augments voxring.v1.Redirect.$Properties
             * @deprecated Use voxring.v1.Redirect.$Properties instead.
             */

            /**
             * Shape of a Redirect.
             * @typedef {voxring.v1.Redirect.$Properties} voxring.v1.Redirect.$Shape
             */

            /**
             * Constructs a new Redirect.
             * @memberof voxring.v1
             * @classdesc Represents a Redirect.
             * @constructor
             * @param {voxring.v1.Redirect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Redirect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Redirect url.
             * @member {string} url
             * @memberof voxring.v1.Redirect
             * @instance
             */
            Redirect.prototype.url = "";

            /**
             * Redirect routerId.
             * @member {string} routerId
             * @memberof voxring.v1.Redirect
             * @instance
             */
            Redirect.prototype.routerId = "";

            /**
             * Creates a new Redirect instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Redirect
             * @static
             * @param {voxring.v1.Redirect.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Redirect} Redirect instance
             * @type {{
             *   (properties: voxring.v1.Redirect.$Shape): voxring.v1.Redirect & voxring.v1.Redirect.$Shape;
             *   (properties?: voxring.v1.Redirect.$Properties): voxring.v1.Redirect;
             * }}
             */
            Redirect.create = function(properties) {
                return new Redirect(properties);
            };

            /**
             * Encodes the specified Redirect message. Does not implicitly {@link voxring.v1.Redirect.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Redirect
             * @static
             * @param {voxring.v1.Redirect.$Properties} message Redirect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Redirect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.url);
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId") && message.routerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.routerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Redirect message, length delimited. Does not implicitly {@link voxring.v1.Redirect.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Redirect
             * @static
             * @param {voxring.v1.Redirect.$Properties} message Redirect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Redirect.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Redirect message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Redirect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Redirect & voxring.v1.Redirect.$Shape} Redirect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Redirect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Redirect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.routerId = value;
                            else
                                delete message.routerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Redirect message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Redirect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Redirect & voxring.v1.Redirect.$Shape} Redirect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Redirect.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Redirect message.
             * @function verify
             * @memberof voxring.v1.Redirect
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Redirect.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    if (!$util.isString(message.url))
                        return "url: string expected";
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId"))
                    if (!$util.isString(message.routerId))
                        return "routerId: string expected";
                return null;
            };

            /**
             * Creates a Redirect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Redirect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Redirect} Redirect
             */
            Redirect.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Redirect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Redirect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Redirect();
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.routerId != null)
                    if (typeof object.routerId !== "string" || object.routerId.length)
                        message.routerId = $String(object.routerId);
                return message;
            };

            /**
             * Creates a plain object from a Redirect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Redirect
             * @static
             * @param {voxring.v1.Redirect} message Redirect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Redirect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.url = "";
                    object.routerId = "";
                }
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId"))
                    object.routerId = message.routerId;
                return object;
            };

            /**
             * Converts this Redirect to JSON.
             * @function toJSON
             * @memberof voxring.v1.Redirect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Redirect.prototype.toJSON = function() {
                return Redirect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Redirect
             * @function getTypeUrl
             * @memberof voxring.v1.Redirect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Redirect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Redirect";
            };

            return Redirect;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} voxring.v1.Ack.$Properties
             * @property {string|null} [messageId] Ack messageId
             * @property {number|null} [seq] Ack seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof voxring.v1
             * @interface IAck
             * @augments voxring.v1.Ack.$Properties
             * @deprecated Use voxring.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {voxring.v1.Ack.$Properties} voxring.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof voxring.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {voxring.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Ack
             * @instance
             */
            Ack.prototype.messageId = "";

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof voxring.v1.Ack
             * @instance
             */
            Ack.prototype.seq = 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Ack
             * @static
             * @param {voxring.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Ack} Ack instance
             * @type {{
             *   (properties: voxring.v1.Ack.$Shape): voxring.v1.Ack & voxring.v1.Ack.$Shape;
             *   (properties?: voxring.v1.Ack.$Properties): voxring.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link voxring.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Ack
             * @static
             * @param {voxring.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link voxring.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Ack
             * @static
             * @param {voxring.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Ack & voxring.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Ack & voxring.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof voxring.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Ack();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq | 0;
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Ack
             * @static
             * @param {voxring.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.seq = 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof voxring.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof voxring.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Ack";
            };

            return Ack;
        })();

        v1.MessageEnd = (function() {

            /**
             * Properties of a MessageEnd.
             * @typedef {Object} voxring.v1.MessageEnd.$Properties
             * @property {string|null} [messageId] MessageEnd messageId
             * @property {number|null} [chunkCount] MessageEnd chunkCount
             * @property {voxring.v1.MessageState|null} [state] MessageEnd state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageEnd.
             * @memberof voxring.v1
             * @interface IMessageEnd
             * @augments voxring.v1.MessageEnd.$Properties
             * @deprecated Use voxring.v1.MessageEnd.$Properties instead.
             */

            /**
             * Shape of a MessageEnd.
             * @typedef {voxring.v1.MessageEnd.$Properties} voxring.v1.MessageEnd.$Shape
             */

            /**
             * Constructs a new MessageEnd.
             * @memberof voxring.v1
             * @classdesc Represents a MessageEnd.
             * @constructor
             * @param {voxring.v1.MessageEnd.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageEnd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageEnd messageId.
             * @member {string} messageId
             * @memberof voxring.v1.MessageEnd
             * @instance
             */
            MessageEnd.prototype.messageId = "";

            /**
             * MessageEnd chunkCount.
             * @member {number} chunkCount
             * @memberof voxring.v1.MessageEnd
             * @instance
             */
            MessageEnd.prototype.chunkCount = 0;

            /**
             * MessageEnd state.
             * @member {voxring.v1.MessageState} state
             * @memberof voxring.v1.MessageEnd
             * @instance
             */
            MessageEnd.prototype.state = 0;

            /**
             * Creates a new MessageEnd instance using the specified properties.
             * @function create
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {voxring.v1.MessageEnd.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.MessageEnd} MessageEnd instance
             * @type {{
             *   (properties: voxring.v1.MessageEnd.$Shape): voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape;
             *   (properties?: voxring.v1.MessageEnd.$Properties): voxring.v1.MessageEnd;
             * }}
             */
            MessageEnd.create = function(properties) {
                return new MessageEnd(properties);
            };

            /**
             * Encodes the specified MessageEnd message. Does not implicitly {@link voxring.v1.MessageEnd.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {voxring.v1.MessageEnd.$Properties} message MessageEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkCount);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessageEnd message, length delimited. Does not implicitly {@link voxring.v1.MessageEnd.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {voxring.v1.MessageEnd.$Properties} message MessageEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageEnd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessageEnd message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape} MessageEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.MessageEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkCount = value;
                            else
                                delete message.chunkCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessageEnd message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape} MessageEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageEnd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessageEnd message.
             * @function verify
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessageEnd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                return null;
            };

            /**
             * Creates a MessageEnd message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.MessageEnd} MessageEnd
             */
            MessageEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.MessageEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.MessageEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.MessageEnd();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.chunkCount != null)
                    if ($Number(object.chunkCount) !== 0)
                        message.chunkCount = object.chunkCount >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.voxring.v1.MessageState[object.state] !== 0))
                    switch (object.state) {
                    case "MESSAGE_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "LIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "COMPLETE":
                    case 2:
                        message.state = 2;
                        break;
                    case "INTERRUPTED":
                    case 3:
                        message.state = 3;
                        break;
                    case "RECALLED":
                    case 4:
                        message.state = 4;
                        break;
                    case "EXPIRED":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                return message;
            };

            /**
             * Creates a plain object from a MessageEnd message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {voxring.v1.MessageEnd} message MessageEnd
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageEnd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.chunkCount = 0;
                    object.state = options.enums === $String ? "MESSAGE_STATE_UNSPECIFIED" : 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.voxring.v1.MessageState[message.state] === $undefined ? message.state : $root.voxring.v1.MessageState[message.state] : message.state;
                return object;
            };

            /**
             * Converts this MessageEnd to JSON.
             * @function toJSON
             * @memberof voxring.v1.MessageEnd
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageEnd.prototype.toJSON = function() {
                return MessageEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageEnd
             * @function getTypeUrl
             * @memberof voxring.v1.MessageEnd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.MessageEnd";
            };

            return MessageEnd;
        })();

        v1.Speaker = (function() {

            /**
             * Properties of a Speaker.
             * @typedef {Object} voxring.v1.Speaker.$Properties
             * @property {string|null} [userId] Speaker userId
             * @property {string|null} [messageId] Speaker messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Speaker.
             * @memberof voxring.v1
             * @interface ISpeaker
             * @augments voxring.v1.Speaker.$Properties
             * @deprecated Use voxring.v1.Speaker.$Properties instead.
             */

            /**
             * Shape of a Speaker.
             * @typedef {voxring.v1.Speaker.$Properties} voxring.v1.Speaker.$Shape
             */

            /**
             * Constructs a new Speaker.
             * @memberof voxring.v1
             * @classdesc Represents a Speaker.
             * @constructor
             * @param {voxring.v1.Speaker.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Speaker = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Speaker userId.
             * @member {string} userId
             * @memberof voxring.v1.Speaker
             * @instance
             */
            Speaker.prototype.userId = "";

            /**
             * Speaker messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Speaker
             * @instance
             */
            Speaker.prototype.messageId = "";

            /**
             * Creates a new Speaker instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Speaker
             * @static
             * @param {voxring.v1.Speaker.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Speaker} Speaker instance
             * @type {{
             *   (properties: voxring.v1.Speaker.$Shape): voxring.v1.Speaker & voxring.v1.Speaker.$Shape;
             *   (properties?: voxring.v1.Speaker.$Properties): voxring.v1.Speaker;
             * }}
             */
            Speaker.create = function(properties) {
                return new Speaker(properties);
            };

            /**
             * Encodes the specified Speaker message. Does not implicitly {@link voxring.v1.Speaker.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Speaker
             * @static
             * @param {voxring.v1.Speaker.$Properties} message Speaker message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Speaker.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Speaker message, length delimited. Does not implicitly {@link voxring.v1.Speaker.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Speaker
             * @static
             * @param {voxring.v1.Speaker.$Properties} message Speaker message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Speaker.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Speaker message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Speaker
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Speaker & voxring.v1.Speaker.$Shape} Speaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Speaker.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Speaker();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Speaker message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Speaker
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Speaker & voxring.v1.Speaker.$Shape} Speaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Speaker.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Speaker message.
             * @function verify
             * @memberof voxring.v1.Speaker
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Speaker.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a Speaker message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Speaker
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Speaker} Speaker
             */
            Speaker.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Speaker)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Speaker: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Speaker();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a Speaker message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Speaker
             * @static
             * @param {voxring.v1.Speaker} message Speaker
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Speaker.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.messageId = "";
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this Speaker to JSON.
             * @function toJSON
             * @memberof voxring.v1.Speaker
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Speaker.prototype.toJSON = function() {
                return Speaker.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Speaker
             * @function getTypeUrl
             * @memberof voxring.v1.Speaker
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Speaker.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Speaker";
            };

            return Speaker;
        })();

        v1.Presence = (function() {

            /**
             * Properties of a Presence.
             * @typedef {Object} voxring.v1.Presence.$Properties
             * @property {string|null} [conversationId] Presence conversationId
             * @property {Array.<voxring.v1.Speaker.$Properties>|null} [speakers] Presence speakers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Presence.
             * @memberof voxring.v1
             * @interface IPresence
             * @augments voxring.v1.Presence.$Properties
             * @deprecated Use voxring.v1.Presence.$Properties instead.
             */

            /**
             * Shape of a Presence.
             * @typedef {voxring.v1.Presence.$Properties} voxring.v1.Presence.$Shape
             */

            /**
             * Constructs a new Presence.
             * @memberof voxring.v1
             * @classdesc Represents a Presence.
             * @constructor
             * @param {voxring.v1.Presence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Presence = function (properties) {
                this.speakers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Presence conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.Presence
             * @instance
             */
            Presence.prototype.conversationId = "";

            /**
             * Presence speakers.
             * @member {Array.<voxring.v1.Speaker.$Properties>} speakers
             * @memberof voxring.v1.Presence
             * @instance
             */
            Presence.prototype.speakers = $util.emptyArray;

            /**
             * Creates a new Presence instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Presence
             * @static
             * @param {voxring.v1.Presence.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Presence} Presence instance
             * @type {{
             *   (properties: voxring.v1.Presence.$Shape): voxring.v1.Presence & voxring.v1.Presence.$Shape;
             *   (properties?: voxring.v1.Presence.$Properties): voxring.v1.Presence;
             * }}
             */
            Presence.create = function(properties) {
                return new Presence(properties);
            };

            /**
             * Encodes the specified Presence message. Does not implicitly {@link voxring.v1.Presence.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Presence
             * @static
             * @param {voxring.v1.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.speakers != null && message.speakers.length)
                    for (let i = 0; i < message.speakers.length; ++i)
                        $root.voxring.v1.Speaker.encode(message.speakers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Presence message, length delimited. Does not implicitly {@link voxring.v1.Presence.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Presence
             * @static
             * @param {voxring.v1.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Presence & voxring.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.speakers && message.speakers.length))
                                message.speakers = [];
                            message.speakers.push($root.voxring.v1.Speaker.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Presence message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Presence & voxring.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Presence message.
             * @function verify
             * @memberof voxring.v1.Presence
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Presence.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.speakers != null && $Object.hasOwnProperty.call(message, "speakers")) {
                    if (!$Array.isArray(message.speakers))
                        return "speakers: array expected";
                    for (let i = 0; i < message.speakers.length; ++i) {
                        let error = $root.voxring.v1.Speaker.verify(message.speakers[i], _depth + 1);
                        if (error)
                            return "speakers." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Presence
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Presence} Presence
             */
            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Presence();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.speakers) {
                    if (!$Array.isArray(object.speakers))
                        throw $TypeError(".voxring.v1.Presence.speakers: array expected");
                    message.speakers = $Array(object.speakers.length);
                    for (let i = 0; i < object.speakers.length; ++i) {
                        if (!$util.isObject(object.speakers[i]))
                            throw $TypeError(".voxring.v1.Presence.speakers: object expected");
                        message.speakers[i] = $root.voxring.v1.Speaker.fromObject(object.speakers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Presence
             * @static
             * @param {voxring.v1.Presence} message Presence
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.speakers = [];
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.speakers && message.speakers.length) {
                    object.speakers = $Array(message.speakers.length);
                    for (let j = 0; j < message.speakers.length; ++j)
                        object.speakers[j] = $root.voxring.v1.Speaker.toObject(message.speakers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Presence to JSON.
             * @function toJSON
             * @memberof voxring.v1.Presence
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Presence
             * @function getTypeUrl
             * @memberof voxring.v1.Presence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Presence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Presence";
            };

            return Presence;
        })();

        v1.TimelineEvent = (function() {

            /**
             * Properties of a TimelineEvent.
             * @typedef {Object} voxring.v1.TimelineEvent.$Properties
             * @property {number|null} [cursor] TimelineEvent cursor
             * @property {voxring.v1.TimelineEventType|null} [type] TimelineEvent type
             * @property {number|null} [atMs] TimelineEvent atMs
             * @property {voxring.v1.MessageHeader.$Properties|null} [header] TimelineEvent header
             * @property {voxring.v1.Conversation.$Properties|null} [conversation] TimelineEvent conversation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimelineEvent.
             * @memberof voxring.v1
             * @interface ITimelineEvent
             * @augments voxring.v1.TimelineEvent.$Properties
             * @deprecated Use voxring.v1.TimelineEvent.$Properties instead.
             */

            /**
             * Shape of a TimelineEvent.
             * @typedef {voxring.v1.TimelineEvent.$Properties} voxring.v1.TimelineEvent.$Shape
             */

            /**
             * Constructs a new TimelineEvent.
             * @memberof voxring.v1
             * @classdesc Represents a TimelineEvent.
             * @constructor
             * @param {voxring.v1.TimelineEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimelineEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimelineEvent cursor.
             * @member {number} cursor
             * @memberof voxring.v1.TimelineEvent
             * @instance
             */
            TimelineEvent.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimelineEvent type.
             * @member {voxring.v1.TimelineEventType} type
             * @memberof voxring.v1.TimelineEvent
             * @instance
             */
            TimelineEvent.prototype.type = 0;

            /**
             * TimelineEvent atMs.
             * @member {number} atMs
             * @memberof voxring.v1.TimelineEvent
             * @instance
             */
            TimelineEvent.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimelineEvent header.
             * @member {voxring.v1.MessageHeader.$Properties|null|undefined} header
             * @memberof voxring.v1.TimelineEvent
             * @instance
             */
            TimelineEvent.prototype.header = null;

            /**
             * TimelineEvent conversation.
             * @member {voxring.v1.Conversation.$Properties|null|undefined} conversation
             * @memberof voxring.v1.TimelineEvent
             * @instance
             */
            TimelineEvent.prototype.conversation = null;

            /**
             * Creates a new TimelineEvent instance using the specified properties.
             * @function create
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {voxring.v1.TimelineEvent.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.TimelineEvent} TimelineEvent instance
             * @type {{
             *   (properties: voxring.v1.TimelineEvent.$Shape): voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape;
             *   (properties?: voxring.v1.TimelineEvent.$Properties): voxring.v1.TimelineEvent;
             * }}
             */
            TimelineEvent.create = function(properties) {
                return new TimelineEvent(properties);
            };

            /**
             * Encodes the specified TimelineEvent message. Does not implicitly {@link voxring.v1.TimelineEvent.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {voxring.v1.TimelineEvent.$Properties} message TimelineEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimelineEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cursor);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.atMs);
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.voxring.v1.MessageHeader.encode(message.header, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.voxring.v1.Conversation.encode(message.conversation, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TimelineEvent message, length delimited. Does not implicitly {@link voxring.v1.TimelineEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {voxring.v1.TimelineEvent.$Properties} message TimelineEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimelineEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimelineEvent message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape} TimelineEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimelineEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.TimelineEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.voxring.v1.MessageHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.voxring.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TimelineEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape} TimelineEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimelineEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimelineEvent message.
             * @function verify
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimelineEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.voxring.v1.MessageHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation")) {
                    let error = $root.voxring.v1.Conversation.verify(message.conversation, _depth + 1);
                    if (error)
                        return "conversation." + error;
                }
                return null;
            };

            /**
             * Creates a TimelineEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.TimelineEvent} TimelineEvent
             */
            TimelineEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.TimelineEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.TimelineEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.TimelineEvent();
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.voxring.v1.TimelineEventType[object.type] !== 0))
                    switch (object.type) {
                    case "TIMELINE_EVENT_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "MESSAGE_NEW":
                    case 1:
                        message.type = 1;
                        break;
                    case "MESSAGE_ENDED":
                    case 2:
                        message.type = 2;
                        break;
                    case "CONVERSATION_CHANGED":
                    case 3:
                        message.type = 3;
                        break;
                    case "CONVERSATION_LEFT":
                    case 4:
                        message.type = 4;
                        break;
                    case "MESSAGE_RECALLED":
                    case 5:
                        message.type = 5;
                        break;
                    case "MESSAGE_EXPIRED":
                    case 6:
                        message.type = 6;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".voxring.v1.TimelineEvent.header: object expected");
                    message.header = $root.voxring.v1.MessageHeader.fromObject(object.header, _depth + 1);
                }
                if (object.conversation != null) {
                    if (!$util.isObject(object.conversation))
                        throw $TypeError(".voxring.v1.TimelineEvent.conversation: object expected");
                    message.conversation = $root.voxring.v1.Conversation.fromObject(object.conversation, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TimelineEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {voxring.v1.TimelineEvent} message TimelineEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimelineEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = options.enums === $String ? "TIMELINE_EVENT_TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.header = null;
                    object.conversation = null;
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.voxring.v1.TimelineEventType[message.type] === $undefined ? message.type : $root.voxring.v1.TimelineEventType[message.type] : message.type;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.voxring.v1.MessageHeader.toObject(message.header, options, _depth + 1);
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    object.conversation = $root.voxring.v1.Conversation.toObject(message.conversation, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TimelineEvent to JSON.
             * @function toJSON
             * @memberof voxring.v1.TimelineEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimelineEvent.prototype.toJSON = function() {
                return TimelineEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimelineEvent
             * @function getTypeUrl
             * @memberof voxring.v1.TimelineEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimelineEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.TimelineEvent";
            };

            return TimelineEvent;
        })();

        v1.TimelineEvents = (function() {

            /**
             * Properties of a TimelineEvents.
             * @typedef {Object} voxring.v1.TimelineEvents.$Properties
             * @property {Array.<voxring.v1.TimelineEvent.$Properties>|null} [events] TimelineEvents events
             * @property {number|null} [cursor] TimelineEvents cursor
             * @property {boolean|null} [more] TimelineEvents more
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimelineEvents.
             * @memberof voxring.v1
             * @interface ITimelineEvents
             * @augments voxring.v1.TimelineEvents.$Properties
             * @deprecated Use voxring.v1.TimelineEvents.$Properties instead.
             */

            /**
             * Shape of a TimelineEvents.
             * @typedef {voxring.v1.TimelineEvents.$Properties} voxring.v1.TimelineEvents.$Shape
             */

            /**
             * Constructs a new TimelineEvents.
             * @memberof voxring.v1
             * @classdesc Represents a TimelineEvents.
             * @constructor
             * @param {voxring.v1.TimelineEvents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimelineEvents = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimelineEvents events.
             * @member {Array.<voxring.v1.TimelineEvent.$Properties>} events
             * @memberof voxring.v1.TimelineEvents
             * @instance
             */
            TimelineEvents.prototype.events = $util.emptyArray;

            /**
             * TimelineEvents cursor.
             * @member {number} cursor
             * @memberof voxring.v1.TimelineEvents
             * @instance
             */
            TimelineEvents.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimelineEvents more.
             * @member {boolean} more
             * @memberof voxring.v1.TimelineEvents
             * @instance
             */
            TimelineEvents.prototype.more = false;

            /**
             * Creates a new TimelineEvents instance using the specified properties.
             * @function create
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {voxring.v1.TimelineEvents.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.TimelineEvents} TimelineEvents instance
             * @type {{
             *   (properties: voxring.v1.TimelineEvents.$Shape): voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape;
             *   (properties?: voxring.v1.TimelineEvents.$Properties): voxring.v1.TimelineEvents;
             * }}
             */
            TimelineEvents.create = function(properties) {
                return new TimelineEvents(properties);
            };

            /**
             * Encodes the specified TimelineEvents message. Does not implicitly {@link voxring.v1.TimelineEvents.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {voxring.v1.TimelineEvents.$Properties} message TimelineEvents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimelineEvents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.voxring.v1.TimelineEvent.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.cursor);
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.more);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TimelineEvents message, length delimited. Does not implicitly {@link voxring.v1.TimelineEvents.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {voxring.v1.TimelineEvents.$Properties} message TimelineEvents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimelineEvents.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimelineEvents message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape} TimelineEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimelineEvents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.TimelineEvents();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.voxring.v1.TimelineEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TimelineEvents message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape} TimelineEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimelineEvents.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimelineEvents message.
             * @function verify
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimelineEvents.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                    if (!$Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.voxring.v1.TimelineEvent.verify(message.events[i], _depth + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    if (typeof message.more !== "boolean")
                        return "more: boolean expected";
                return null;
            };

            /**
             * Creates a TimelineEvents message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.TimelineEvents} TimelineEvents
             */
            TimelineEvents.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.TimelineEvents)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.TimelineEvents: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.TimelineEvents();
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".voxring.v1.TimelineEvents.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".voxring.v1.TimelineEvents.events: object expected");
                        message.events[i] = $root.voxring.v1.TimelineEvent.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                if (object.more != null)
                    if (object.more)
                        message.more = $Boolean(object.more);
                return message;
            };

            /**
             * Creates a plain object from a TimelineEvents message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {voxring.v1.TimelineEvents} message TimelineEvents
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimelineEvents.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.more = false;
                }
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.voxring.v1.TimelineEvent.toObject(message.events[j], options, _depth + 1);
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    object.more = message.more;
                return object;
            };

            /**
             * Converts this TimelineEvents to JSON.
             * @function toJSON
             * @memberof voxring.v1.TimelineEvents
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimelineEvents.prototype.toJSON = function() {
                return TimelineEvents.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimelineEvents
             * @function getTypeUrl
             * @memberof voxring.v1.TimelineEvents
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimelineEvents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.TimelineEvents";
            };

            return TimelineEvents;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} voxring.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {boolean|null} [retryable] Error retryable
             * @property {string|null} [messageId] Error messageId
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof voxring.v1
             * @interface IError
             * @augments voxring.v1.Error.$Properties
             * @deprecated Use voxring.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {voxring.v1.Error.$Properties} voxring.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof voxring.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {voxring.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof voxring.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof voxring.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryable.
             * @member {boolean} retryable
             * @memberof voxring.v1.Error
             * @instance
             */
            Error.prototype.retryable = false;

            /**
             * Error messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Error
             * @instance
             */
            Error.prototype.messageId = "";

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof voxring.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Error
             * @static
             * @param {voxring.v1.Error.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Error} Error instance
             * @type {{
             *   (properties: voxring.v1.Error.$Shape): voxring.v1.Error & voxring.v1.Error.$Shape;
             *   (properties?: voxring.v1.Error.$Properties): voxring.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link voxring.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Error
             * @static
             * @param {voxring.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.messageId);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link voxring.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Error
             * @static
             * @param {voxring.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Error & voxring.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Error & voxring.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof voxring.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    if (!$util.isInteger(message.retryAfterMs))
                        return "retryAfterMs: integer expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Error
             * @static
             * @param {voxring.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.retryable = false;
                    object.messageId = "";
                    object.retryAfterMs = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof voxring.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof voxring.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Error";
            };

            return Error;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} voxring.v1.Pong.$Properties
             * @property {number|null} [nonce] Pong nonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof voxring.v1
             * @interface IPong
             * @augments voxring.v1.Pong.$Properties
             * @deprecated Use voxring.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {voxring.v1.Pong.$Properties} voxring.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof voxring.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {voxring.v1.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong nonce.
             * @member {number} nonce
             * @memberof voxring.v1.Pong
             * @instance
             */
            Pong.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Pong
             * @static
             * @param {voxring.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Pong} Pong instance
             * @type {{
             *   (properties: voxring.v1.Pong.$Shape): voxring.v1.Pong & voxring.v1.Pong.$Shape;
             *   (properties?: voxring.v1.Pong.$Properties): voxring.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link voxring.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Pong
             * @static
             * @param {voxring.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link voxring.v1.Pong.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Pong
             * @static
             * @param {voxring.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Pong & voxring.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Pong & voxring.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Pong message.
             * @function verify
             * @memberof voxring.v1.Pong
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Pong.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isInteger(message.nonce) && !(message.nonce && $util.isInteger(message.nonce.low) && $util.isInteger(message.nonce.high)))
                        return "nonce: integer|Long expected";
                return null;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Pong} Pong
             */
            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Pong();
                if (object.nonce != null)
                    if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = $parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Pong
             * @static
             * @param {voxring.v1.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                    else if (typeof message.nonce === "number")
                        object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                    else
                        object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof voxring.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof voxring.v1.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Pong";
            };

            return Pong;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} voxring.v1.Receipt.$Properties
             * @property {string|null} [messageId] Receipt messageId
             * @property {string|null} [userId] Receipt userId
             * @property {string|null} [username] Receipt username
             * @property {voxring.v1.ReceiptKind|null} [kind] Receipt kind
             * @property {number|null} [atMs] Receipt atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof voxring.v1
             * @interface IReceipt
             * @augments voxring.v1.Receipt.$Properties
             * @deprecated Use voxring.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {voxring.v1.Receipt.$Properties} voxring.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof voxring.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {voxring.v1.Receipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Receipt messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Receipt
             * @instance
             */
            Receipt.prototype.messageId = "";

            /**
             * Receipt userId.
             * @member {string} userId
             * @memberof voxring.v1.Receipt
             * @instance
             */
            Receipt.prototype.userId = "";

            /**
             * Receipt username.
             * @member {string} username
             * @memberof voxring.v1.Receipt
             * @instance
             */
            Receipt.prototype.username = "";

            /**
             * Receipt kind.
             * @member {voxring.v1.ReceiptKind} kind
             * @memberof voxring.v1.Receipt
             * @instance
             */
            Receipt.prototype.kind = 0;

            /**
             * Receipt atMs.
             * @member {number} atMs
             * @memberof voxring.v1.Receipt
             * @instance
             */
            Receipt.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Receipt
             * @static
             * @param {voxring.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: voxring.v1.Receipt.$Shape): voxring.v1.Receipt & voxring.v1.Receipt.$Shape;
             *   (properties?: voxring.v1.Receipt.$Properties): voxring.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link voxring.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Receipt
             * @static
             * @param {voxring.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.username);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Receipt message, length delimited. Does not implicitly {@link voxring.v1.Receipt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Receipt
             * @static
             * @param {voxring.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Receipt & voxring.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Receipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Receipt & voxring.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Receipt message.
             * @function verify
             * @memberof voxring.v1.Receipt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Receipt.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Receipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Receipt} Receipt
             */
            Receipt.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Receipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Receipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Receipt();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.voxring.v1.ReceiptKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "RECEIPT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DELIVERED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "HEARD":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Receipt
             * @static
             * @param {voxring.v1.Receipt} message Receipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Receipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.userId = "";
                    object.username = "";
                    object.kind = options.enums === $String ? "RECEIPT_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.voxring.v1.ReceiptKind[message.kind] === $undefined ? message.kind : $root.voxring.v1.ReceiptKind[message.kind] : message.kind;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                return object;
            };

            /**
             * Converts this Receipt to JSON.
             * @function toJSON
             * @memberof voxring.v1.Receipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Receipt
             * @function getTypeUrl
             * @memberof voxring.v1.Receipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Receipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Receipt";
            };

            return Receipt;
        })();

        v1.Listening = (function() {

            /**
             * Properties of a Listening.
             * @typedef {Object} voxring.v1.Listening.$Properties
             * @property {string|null} [conversationId] Listening conversationId
             * @property {string|null} [messageId] Listening messageId
             * @property {Array.<voxring.v1.Participant.$Properties>|null} [listeners] Listening listeners
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Listening.
             * @memberof voxring.v1
             * @interface IListening
             * @augments voxring.v1.Listening.$Properties
             * @deprecated Use voxring.v1.Listening.$Properties instead.
             */

            /**
             * Shape of a Listening.
             * @typedef {voxring.v1.Listening.$Properties} voxring.v1.Listening.$Shape
             */

            /**
             * Constructs a new Listening.
             * @memberof voxring.v1
             * @classdesc Represents a Listening.
             * @constructor
             * @param {voxring.v1.Listening.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Listening = function (properties) {
                this.listeners = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Listening conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.Listening
             * @instance
             */
            Listening.prototype.conversationId = "";

            /**
             * Listening messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Listening
             * @instance
             */
            Listening.prototype.messageId = "";

            /**
             * Listening listeners.
             * @member {Array.<voxring.v1.Participant.$Properties>} listeners
             * @memberof voxring.v1.Listening
             * @instance
             */
            Listening.prototype.listeners = $util.emptyArray;

            /**
             * Creates a new Listening instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Listening
             * @static
             * @param {voxring.v1.Listening.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Listening} Listening instance
             * @type {{
             *   (properties: voxring.v1.Listening.$Shape): voxring.v1.Listening & voxring.v1.Listening.$Shape;
             *   (properties?: voxring.v1.Listening.$Properties): voxring.v1.Listening;
             * }}
             */
            Listening.create = function(properties) {
                return new Listening(properties);
            };

            /**
             * Encodes the specified Listening message. Does not implicitly {@link voxring.v1.Listening.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Listening
             * @static
             * @param {voxring.v1.Listening.$Properties} message Listening message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listening.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.listeners != null && message.listeners.length)
                    for (let i = 0; i < message.listeners.length; ++i)
                        $root.voxring.v1.Participant.encode(message.listeners[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Listening message, length delimited. Does not implicitly {@link voxring.v1.Listening.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Listening
             * @static
             * @param {voxring.v1.Listening.$Properties} message Listening message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listening.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Listening message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Listening
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Listening & voxring.v1.Listening.$Shape} Listening
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listening.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Listening();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.listeners && message.listeners.length))
                                message.listeners = [];
                            message.listeners.push($root.voxring.v1.Participant.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Listening message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Listening
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Listening & voxring.v1.Listening.$Shape} Listening
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listening.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Listening message.
             * @function verify
             * @memberof voxring.v1.Listening
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Listening.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.listeners != null && $Object.hasOwnProperty.call(message, "listeners")) {
                    if (!$Array.isArray(message.listeners))
                        return "listeners: array expected";
                    for (let i = 0; i < message.listeners.length; ++i) {
                        let error = $root.voxring.v1.Participant.verify(message.listeners[i], _depth + 1);
                        if (error)
                            return "listeners." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Listening message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Listening
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Listening} Listening
             */
            Listening.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Listening)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Listening: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Listening();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.listeners) {
                    if (!$Array.isArray(object.listeners))
                        throw $TypeError(".voxring.v1.Listening.listeners: array expected");
                    message.listeners = $Array(object.listeners.length);
                    for (let i = 0; i < object.listeners.length; ++i) {
                        if (!$util.isObject(object.listeners[i]))
                            throw $TypeError(".voxring.v1.Listening.listeners: object expected");
                        message.listeners[i] = $root.voxring.v1.Participant.fromObject(object.listeners[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Listening message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Listening
             * @static
             * @param {voxring.v1.Listening} message Listening
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Listening.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.listeners = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.listeners && message.listeners.length) {
                    object.listeners = $Array(message.listeners.length);
                    for (let j = 0; j < message.listeners.length; ++j)
                        object.listeners[j] = $root.voxring.v1.Participant.toObject(message.listeners[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Listening to JSON.
             * @function toJSON
             * @memberof voxring.v1.Listening
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Listening.prototype.toJSON = function() {
                return Listening.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Listening
             * @function getTypeUrl
             * @memberof voxring.v1.Listening
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Listening.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Listening";
            };

            return Listening;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} voxring.v1.ServerFrame.$Properties
             * @property {number|null} [ref] ServerFrame ref
             * @property {voxring.v1.Welcome.$Properties|null} [welcome] ServerFrame welcome
             * @property {voxring.v1.Ack.$Properties|null} [ack] ServerFrame ack
             * @property {voxring.v1.MessageHeader.$Properties|null} [header] ServerFrame header
             * @property {voxring.v1.Chunk.$Properties|null} [chunk] ServerFrame chunk
             * @property {voxring.v1.MessageEnd.$Properties|null} [messageEnd] ServerFrame messageEnd
             * @property {voxring.v1.Presence.$Properties|null} [presence] ServerFrame presence
             * @property {voxring.v1.TimelineEvents.$Properties|null} [timeline] ServerFrame timeline
             * @property {voxring.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {voxring.v1.Pong.$Properties|null} [pong] ServerFrame pong
             * @property {voxring.v1.Redirect.$Properties|null} [redirect] ServerFrame redirect
             * @property {voxring.v1.Redirect.$Properties|null} [migrate] ServerFrame migrate
             * @property {voxring.v1.Route.$Properties|null} [route] ServerFrame route
             * @property {voxring.v1.Receipt.$Properties|null} [receipt] ServerFrame receipt
             * @property {voxring.v1.Listening.$Properties|null} [listening] ServerFrame listening
             * @property {"welcome"|"ack"|"header"|"chunk"|"messageEnd"|"presence"|"timeline"|"error"|"pong"|"redirect"|"migrate"|"route"|"receipt"|"listening"} [body] ServerFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof voxring.v1
             * @interface IServerFrame
             * @augments voxring.v1.ServerFrame.$Properties
             * @deprecated Use voxring.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   ref?: number|null;
             *   welcome?: voxring.v1.Welcome.$Shape|null;
             *   ack?: voxring.v1.Ack.$Shape|null;
             *   header?: voxring.v1.MessageHeader.$Shape|null;
             *   chunk?: voxring.v1.Chunk.$Shape|null;
             *   messageEnd?: voxring.v1.MessageEnd.$Shape|null;
             *   presence?: voxring.v1.Presence.$Shape|null;
             *   timeline?: voxring.v1.TimelineEvents.$Shape|null;
             *   error?: voxring.v1.Error.$Shape|null;
             *   pong?: voxring.v1.Pong.$Shape|null;
             *   redirect?: voxring.v1.Redirect.$Shape|null;
             *   migrate?: voxring.v1.Redirect.$Shape|null;
             *   route?: voxring.v1.Route.$Shape|null;
             *   receipt?: voxring.v1.Receipt.$Shape|null;
             *   listening?: voxring.v1.Listening.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "welcome"; welcome: voxring.v1.Welcome.$Shape; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "ack"; welcome?: null; ack: voxring.v1.Ack.$Shape; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "header"; welcome?: null; ack?: null; header: voxring.v1.MessageHeader.$Shape; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "chunk"; welcome?: null; ack?: null; header?: null; chunk: voxring.v1.Chunk.$Shape; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "messageEnd"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd: voxring.v1.MessageEnd.$Shape; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "presence"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence: voxring.v1.Presence.$Shape; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "timeline"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline: voxring.v1.TimelineEvents.$Shape; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "error"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error: voxring.v1.Error.$Shape; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "pong"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong: voxring.v1.Pong.$Shape; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "redirect"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect: voxring.v1.Redirect.$Shape; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "migrate"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate: voxring.v1.Redirect.$Shape; route?: null; receipt?: null; listening?: null }|{ body?: "route"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route: voxring.v1.Route.$Shape; receipt?: null; listening?: null }|{ body?: "receipt"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt: voxring.v1.Receipt.$Shape; listening?: null }|{ body?: "listening"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening: voxring.v1.Listening.$Shape })
             * )} voxring.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof voxring.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {voxring.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame ref.
             * @member {number} ref
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.ref = 0;

            /**
             * ServerFrame welcome.
             * @member {voxring.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.welcome = null;

            /**
             * ServerFrame ack.
             * @member {voxring.v1.Ack.$Properties|null|undefined} ack
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.ack = null;

            /**
             * ServerFrame header.
             * @member {voxring.v1.MessageHeader.$Properties|null|undefined} header
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.header = null;

            /**
             * ServerFrame chunk.
             * @member {voxring.v1.Chunk.$Properties|null|undefined} chunk
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.chunk = null;

            /**
             * ServerFrame messageEnd.
             * @member {voxring.v1.MessageEnd.$Properties|null|undefined} messageEnd
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.messageEnd = null;

            /**
             * ServerFrame presence.
             * @member {voxring.v1.Presence.$Properties|null|undefined} presence
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presence = null;

            /**
             * ServerFrame timeline.
             * @member {voxring.v1.TimelineEvents.$Properties|null|undefined} timeline
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.timeline = null;

            /**
             * ServerFrame error.
             * @member {voxring.v1.Error.$Properties|null|undefined} error
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame pong.
             * @member {voxring.v1.Pong.$Properties|null|undefined} pong
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.pong = null;

            /**
             * ServerFrame redirect.
             * @member {voxring.v1.Redirect.$Properties|null|undefined} redirect
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.redirect = null;

            /**
             * ServerFrame migrate.
             * @member {voxring.v1.Redirect.$Properties|null|undefined} migrate
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.migrate = null;

            /**
             * ServerFrame route.
             * @member {voxring.v1.Route.$Properties|null|undefined} route
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.route = null;

            /**
             * ServerFrame receipt.
             * @member {voxring.v1.Receipt.$Properties|null|undefined} receipt
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.receipt = null;

            /**
             * ServerFrame listening.
             * @member {voxring.v1.Listening.$Properties|null|undefined} listening
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.listening = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame body.
             * @member {"welcome"|"ack"|"header"|"chunk"|"messageEnd"|"presence"|"timeline"|"error"|"pong"|"redirect"|"migrate"|"route"|"receipt"|"listening"|undefined} body
             * @memberof voxring.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "ack", "header", "chunk", "messageEnd", "presence", "timeline", "error", "pong", "redirect", "migrate", "route", "receipt", "listening"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {voxring.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: voxring.v1.ServerFrame.$Shape): voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape;
             *   (properties?: voxring.v1.ServerFrame.$Properties): voxring.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link voxring.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {voxring.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ref);
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.voxring.v1.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.voxring.v1.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.voxring.v1.MessageHeader.encode(message.header, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.voxring.v1.Chunk.encode(message.chunk, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.messageEnd != null && $Object.hasOwnProperty.call(message, "messageEnd"))
                    $root.voxring.v1.MessageEnd.encode(message.messageEnd, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.voxring.v1.Presence.encode(message.presence, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.timeline != null && $Object.hasOwnProperty.call(message, "timeline"))
                    $root.voxring.v1.TimelineEvents.encode(message.timeline, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.voxring.v1.Error.encode(message.error, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.voxring.v1.Pong.encode(message.pong, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.redirect != null && $Object.hasOwnProperty.call(message, "redirect"))
                    $root.voxring.v1.Redirect.encode(message.redirect, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.migrate != null && $Object.hasOwnProperty.call(message, "migrate"))
                    $root.voxring.v1.Redirect.encode(message.migrate, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    $root.voxring.v1.Route.encode(message.route, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.voxring.v1.Receipt.encode(message.receipt, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.listening != null && $Object.hasOwnProperty.call(message, "listening"))
                    $root.voxring.v1.Listening.encode(message.listening, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link voxring.v1.ServerFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {voxring.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.ServerFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.voxring.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.voxring.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.voxring.v1.MessageHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            message.body = "header";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.voxring.v1.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.body = "chunk";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.messageEnd = $root.voxring.v1.MessageEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.messageEnd);
                            message.body = "messageEnd";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.voxring.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.body = "presence";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.timeline = $root.voxring.v1.TimelineEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.timeline);
                            message.body = "timeline";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.voxring.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.voxring.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.body = "pong";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.redirect = $root.voxring.v1.Redirect.decode(reader, reader.size(), $undefined, _depth + 1, message.redirect);
                            message.body = "redirect";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.migrate = $root.voxring.v1.Redirect.decode(reader, reader.size(), $undefined, _depth + 1, message.migrate);
                            message.body = "migrate";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.route = $root.voxring.v1.Route.decode(reader, reader.size(), $undefined, _depth + 1, message.route);
                            message.body = "route";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.voxring.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.body = "receipt";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.listening = $root.voxring.v1.Listening.decode(reader, reader.size(), $undefined, _depth + 1, message.listening);
                            message.body = "listening";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerFrame message.
             * @function verify
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (!$util.isInteger(message.ref))
                        return "ref: integer expected";
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Welcome.verify(message.welcome, _depth + 1);
                        if (error)
                            return "welcome." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Ack.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.MessageHeader.verify(message.header, _depth + 1);
                        if (error)
                            return "header." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Chunk.verify(message.chunk, _depth + 1);
                        if (error)
                            return "chunk." + error;
                    }
                }
                if (message.messageEnd != null && $Object.hasOwnProperty.call(message, "messageEnd")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.MessageEnd.verify(message.messageEnd, _depth + 1);
                        if (error)
                            return "messageEnd." + error;
                    }
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Presence.verify(message.presence, _depth + 1);
                        if (error)
                            return "presence." + error;
                    }
                }
                if (message.timeline != null && $Object.hasOwnProperty.call(message, "timeline")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.TimelineEvents.verify(message.timeline, _depth + 1);
                        if (error)
                            return "timeline." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Pong.verify(message.pong, _depth + 1);
                        if (error)
                            return "pong." + error;
                    }
                }
                if (message.redirect != null && $Object.hasOwnProperty.call(message, "redirect")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Redirect.verify(message.redirect, _depth + 1);
                        if (error)
                            return "redirect." + error;
                    }
                }
                if (message.migrate != null && $Object.hasOwnProperty.call(message, "migrate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Redirect.verify(message.migrate, _depth + 1);
                        if (error)
                            return "migrate." + error;
                    }
                }
                if (message.route != null && $Object.hasOwnProperty.call(message, "route")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Route.verify(message.route, _depth + 1);
                        if (error)
                            return "route." + error;
                    }
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Receipt.verify(message.receipt, _depth + 1);
                        if (error)
                            return "receipt." + error;
                    }
                }
                if (message.listening != null && $Object.hasOwnProperty.call(message, "listening")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Listening.verify(message.listening, _depth + 1);
                        if (error)
                            return "listening." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.ServerFrame} ServerFrame
             */
            ServerFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.ServerFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.ServerFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.ServerFrame();
                if (object.ref != null)
                    if ($Number(object.ref) !== 0)
                        message.ref = object.ref >>> 0;
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".voxring.v1.ServerFrame.welcome: object expected");
                    message.welcome = $root.voxring.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".voxring.v1.ServerFrame.ack: object expected");
                    message.ack = $root.voxring.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".voxring.v1.ServerFrame.header: object expected");
                    message.header = $root.voxring.v1.MessageHeader.fromObject(object.header, _depth + 1);
                }
                if (object.chunk != null) {
                    if (!$util.isObject(object.chunk))
                        throw $TypeError(".voxring.v1.ServerFrame.chunk: object expected");
                    message.chunk = $root.voxring.v1.Chunk.fromObject(object.chunk, _depth + 1);
                }
                if (object.messageEnd != null) {
                    if (!$util.isObject(object.messageEnd))
                        throw $TypeError(".voxring.v1.ServerFrame.messageEnd: object expected");
                    message.messageEnd = $root.voxring.v1.MessageEnd.fromObject(object.messageEnd, _depth + 1);
                }
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".voxring.v1.ServerFrame.presence: object expected");
                    message.presence = $root.voxring.v1.Presence.fromObject(object.presence, _depth + 1);
                }
                if (object.timeline != null) {
                    if (!$util.isObject(object.timeline))
                        throw $TypeError(".voxring.v1.ServerFrame.timeline: object expected");
                    message.timeline = $root.voxring.v1.TimelineEvents.fromObject(object.timeline, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".voxring.v1.ServerFrame.error: object expected");
                    message.error = $root.voxring.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".voxring.v1.ServerFrame.pong: object expected");
                    message.pong = $root.voxring.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.redirect != null) {
                    if (!$util.isObject(object.redirect))
                        throw $TypeError(".voxring.v1.ServerFrame.redirect: object expected");
                    message.redirect = $root.voxring.v1.Redirect.fromObject(object.redirect, _depth + 1);
                }
                if (object.migrate != null) {
                    if (!$util.isObject(object.migrate))
                        throw $TypeError(".voxring.v1.ServerFrame.migrate: object expected");
                    message.migrate = $root.voxring.v1.Redirect.fromObject(object.migrate, _depth + 1);
                }
                if (object.route != null) {
                    if (!$util.isObject(object.route))
                        throw $TypeError(".voxring.v1.ServerFrame.route: object expected");
                    message.route = $root.voxring.v1.Route.fromObject(object.route, _depth + 1);
                }
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".voxring.v1.ServerFrame.receipt: object expected");
                    message.receipt = $root.voxring.v1.Receipt.fromObject(object.receipt, _depth + 1);
                }
                if (object.listening != null) {
                    if (!$util.isObject(object.listening))
                        throw $TypeError(".voxring.v1.ServerFrame.listening: object expected");
                    message.listening = $root.voxring.v1.Listening.fromObject(object.listening, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {voxring.v1.ServerFrame} message ServerFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ref = 0;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.voxring.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.voxring.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    object.header = $root.voxring.v1.MessageHeader.toObject(message.header, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "header";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = $root.voxring.v1.Chunk.toObject(message.chunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chunk";
                }
                if (message.messageEnd != null && $Object.hasOwnProperty.call(message, "messageEnd")) {
                    object.messageEnd = $root.voxring.v1.MessageEnd.toObject(message.messageEnd, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messageEnd";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    object.presence = $root.voxring.v1.Presence.toObject(message.presence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "presence";
                }
                if (message.timeline != null && $Object.hasOwnProperty.call(message, "timeline")) {
                    object.timeline = $root.voxring.v1.TimelineEvents.toObject(message.timeline, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "timeline";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.voxring.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.voxring.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pong";
                }
                if (message.redirect != null && $Object.hasOwnProperty.call(message, "redirect")) {
                    object.redirect = $root.voxring.v1.Redirect.toObject(message.redirect, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "redirect";
                }
                if (message.migrate != null && $Object.hasOwnProperty.call(message, "migrate")) {
                    object.migrate = $root.voxring.v1.Redirect.toObject(message.migrate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "migrate";
                }
                if (message.route != null && $Object.hasOwnProperty.call(message, "route")) {
                    object.route = $root.voxring.v1.Route.toObject(message.route, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "route";
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    object.receipt = $root.voxring.v1.Receipt.toObject(message.receipt, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipt";
                }
                if (message.listening != null && $Object.hasOwnProperty.call(message, "listening")) {
                    object.listening = $root.voxring.v1.Listening.toObject(message.listening, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listening";
                }
                return object;
            };

            /**
             * Converts this ServerFrame to JSON.
             * @function toJSON
             * @memberof voxring.v1.ServerFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerFrame.prototype.toJSON = function() {
                return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerFrame
             * @function getTypeUrl
             * @memberof voxring.v1.ServerFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.RelayHeader = (function() {

            /**
             * Properties of a RelayHeader.
             * @typedef {Object} voxring.v1.RelayHeader.$Properties
             * @property {voxring.v1.MessageHeader.$Properties|null} [header] RelayHeader header
             * @property {Array.<string>|null} [participantIds] RelayHeader participantIds
             * @property {boolean|null} [replicate] RelayHeader replicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayHeader.
             * @memberof voxring.v1
             * @interface IRelayHeader
             * @augments voxring.v1.RelayHeader.$Properties
             * @deprecated Use voxring.v1.RelayHeader.$Properties instead.
             */

            /**
             * Shape of a RelayHeader.
             * @typedef {voxring.v1.RelayHeader.$Properties} voxring.v1.RelayHeader.$Shape
             */

            /**
             * Constructs a new RelayHeader.
             * @memberof voxring.v1
             * @classdesc Represents a RelayHeader.
             * @constructor
             * @param {voxring.v1.RelayHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayHeader = function (properties) {
                this.participantIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelayHeader header.
             * @member {voxring.v1.MessageHeader.$Properties|null|undefined} header
             * @memberof voxring.v1.RelayHeader
             * @instance
             */
            RelayHeader.prototype.header = null;

            /**
             * RelayHeader participantIds.
             * @member {Array.<string>} participantIds
             * @memberof voxring.v1.RelayHeader
             * @instance
             */
            RelayHeader.prototype.participantIds = $util.emptyArray;

            /**
             * RelayHeader replicate.
             * @member {boolean} replicate
             * @memberof voxring.v1.RelayHeader
             * @instance
             */
            RelayHeader.prototype.replicate = false;

            /**
             * Creates a new RelayHeader instance using the specified properties.
             * @function create
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {voxring.v1.RelayHeader.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.RelayHeader} RelayHeader instance
             * @type {{
             *   (properties: voxring.v1.RelayHeader.$Shape): voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape;
             *   (properties?: voxring.v1.RelayHeader.$Properties): voxring.v1.RelayHeader;
             * }}
             */
            RelayHeader.create = function(properties) {
                return new RelayHeader(properties);
            };

            /**
             * Encodes the specified RelayHeader message. Does not implicitly {@link voxring.v1.RelayHeader.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {voxring.v1.RelayHeader.$Properties} message RelayHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.voxring.v1.MessageHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.participantIds != null && message.participantIds.length)
                    for (let i = 0; i < message.participantIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.participantIds[i]);
                if (message.replicate != null && $Object.hasOwnProperty.call(message, "replicate") && message.replicate !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.replicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RelayHeader message, length delimited. Does not implicitly {@link voxring.v1.RelayHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {voxring.v1.RelayHeader.$Properties} message RelayHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RelayHeader message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape} RelayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.RelayHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.voxring.v1.MessageHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.participantIds && message.participantIds.length))
                                message.participantIds = [];
                            message.participantIds.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.replicate = value;
                            else
                                delete message.replicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RelayHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape} RelayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RelayHeader message.
             * @function verify
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RelayHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.voxring.v1.MessageHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.participantIds != null && $Object.hasOwnProperty.call(message, "participantIds")) {
                    if (!$Array.isArray(message.participantIds))
                        return "participantIds: array expected";
                    for (let i = 0; i < message.participantIds.length; ++i)
                        if (!$util.isString(message.participantIds[i]))
                            return "participantIds: string[] expected";
                }
                if (message.replicate != null && $Object.hasOwnProperty.call(message, "replicate"))
                    if (typeof message.replicate !== "boolean")
                        return "replicate: boolean expected";
                return null;
            };

            /**
             * Creates a RelayHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.RelayHeader} RelayHeader
             */
            RelayHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.RelayHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.RelayHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.RelayHeader();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".voxring.v1.RelayHeader.header: object expected");
                    message.header = $root.voxring.v1.MessageHeader.fromObject(object.header, _depth + 1);
                }
                if (object.participantIds) {
                    if (!$Array.isArray(object.participantIds))
                        throw $TypeError(".voxring.v1.RelayHeader.participantIds: array expected");
                    message.participantIds = $Array(object.participantIds.length);
                    for (let i = 0; i < object.participantIds.length; ++i)
                        message.participantIds[i] = $String(object.participantIds[i]);
                }
                if (object.replicate != null)
                    if (object.replicate)
                        message.replicate = $Boolean(object.replicate);
                return message;
            };

            /**
             * Creates a plain object from a RelayHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {voxring.v1.RelayHeader} message RelayHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelayHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.participantIds = [];
                if (options.defaults) {
                    object.header = null;
                    object.replicate = false;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.voxring.v1.MessageHeader.toObject(message.header, options, _depth + 1);
                if (message.participantIds && message.participantIds.length) {
                    object.participantIds = $Array(message.participantIds.length);
                    for (let j = 0; j < message.participantIds.length; ++j)
                        object.participantIds[j] = message.participantIds[j];
                }
                if (message.replicate != null && $Object.hasOwnProperty.call(message, "replicate"))
                    object.replicate = message.replicate;
                return object;
            };

            /**
             * Converts this RelayHeader to JSON.
             * @function toJSON
             * @memberof voxring.v1.RelayHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelayHeader.prototype.toJSON = function() {
                return RelayHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RelayHeader
             * @function getTypeUrl
             * @memberof voxring.v1.RelayHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RelayHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.RelayHeader";
            };

            return RelayHeader;
        })();

        v1.ReplicaAck = (function() {

            /**
             * Properties of a ReplicaAck.
             * @typedef {Object} voxring.v1.ReplicaAck.$Properties
             * @property {string|null} [messageId] ReplicaAck messageId
             * @property {number|null} [durableCount] ReplicaAck durableCount
             * @property {boolean|null} [refused] ReplicaAck refused
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaAck.
             * @memberof voxring.v1
             * @interface IReplicaAck
             * @augments voxring.v1.ReplicaAck.$Properties
             * @deprecated Use voxring.v1.ReplicaAck.$Properties instead.
             */

            /**
             * Shape of a ReplicaAck.
             * @typedef {voxring.v1.ReplicaAck.$Properties} voxring.v1.ReplicaAck.$Shape
             */

            /**
             * Constructs a new ReplicaAck.
             * @memberof voxring.v1
             * @classdesc Represents a ReplicaAck.
             * @constructor
             * @param {voxring.v1.ReplicaAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaAck messageId.
             * @member {string} messageId
             * @memberof voxring.v1.ReplicaAck
             * @instance
             */
            ReplicaAck.prototype.messageId = "";

            /**
             * ReplicaAck durableCount.
             * @member {number} durableCount
             * @memberof voxring.v1.ReplicaAck
             * @instance
             */
            ReplicaAck.prototype.durableCount = 0;

            /**
             * ReplicaAck refused.
             * @member {boolean} refused
             * @memberof voxring.v1.ReplicaAck
             * @instance
             */
            ReplicaAck.prototype.refused = false;

            /**
             * Creates a new ReplicaAck instance using the specified properties.
             * @function create
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {voxring.v1.ReplicaAck.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.ReplicaAck} ReplicaAck instance
             * @type {{
             *   (properties: voxring.v1.ReplicaAck.$Shape): voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape;
             *   (properties?: voxring.v1.ReplicaAck.$Properties): voxring.v1.ReplicaAck;
             * }}
             */
            ReplicaAck.create = function(properties) {
                return new ReplicaAck(properties);
            };

            /**
             * Encodes the specified ReplicaAck message. Does not implicitly {@link voxring.v1.ReplicaAck.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {voxring.v1.ReplicaAck.$Properties} message ReplicaAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.durableCount != null && $Object.hasOwnProperty.call(message, "durableCount") && message.durableCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.durableCount);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.refused);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReplicaAck message, length delimited. Does not implicitly {@link voxring.v1.ReplicaAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {voxring.v1.ReplicaAck.$Properties} message ReplicaAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReplicaAck message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape} ReplicaAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.ReplicaAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durableCount = value;
                            else
                                delete message.durableCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReplicaAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape} ReplicaAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReplicaAck message.
             * @function verify
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReplicaAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.durableCount != null && $Object.hasOwnProperty.call(message, "durableCount"))
                    if (!$util.isInteger(message.durableCount))
                        return "durableCount: integer expected";
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    if (typeof message.refused !== "boolean")
                        return "refused: boolean expected";
                return null;
            };

            /**
             * Creates a ReplicaAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.ReplicaAck} ReplicaAck
             */
            ReplicaAck.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.ReplicaAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.ReplicaAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.ReplicaAck();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.durableCount != null)
                    if ($Number(object.durableCount) !== 0)
                        message.durableCount = object.durableCount >>> 0;
                if (object.refused != null)
                    if (object.refused)
                        message.refused = $Boolean(object.refused);
                return message;
            };

            /**
             * Creates a plain object from a ReplicaAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {voxring.v1.ReplicaAck} message ReplicaAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplicaAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.durableCount = 0;
                    object.refused = false;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.durableCount != null && $Object.hasOwnProperty.call(message, "durableCount"))
                    object.durableCount = message.durableCount;
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    object.refused = message.refused;
                return object;
            };

            /**
             * Converts this ReplicaAck to JSON.
             * @function toJSON
             * @memberof voxring.v1.ReplicaAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplicaAck.prototype.toJSON = function() {
                return ReplicaAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReplicaAck
             * @function getTypeUrl
             * @memberof voxring.v1.ReplicaAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReplicaAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.ReplicaAck";
            };

            return ReplicaAck;
        })();

        v1.Takeover = (function() {

            /**
             * Properties of a Takeover.
             * @typedef {Object} voxring.v1.Takeover.$Properties
             * @property {string|null} [messageId] Takeover messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Takeover.
             * @memberof voxring.v1
             * @interface ITakeover
             * @augments voxring.v1.Takeover.$Properties
             * @deprecated Use voxring.v1.Takeover.$Properties instead.
             */

            /**
             * Shape of a Takeover.
             * @typedef {voxring.v1.Takeover.$Properties} voxring.v1.Takeover.$Shape
             */

            /**
             * Constructs a new Takeover.
             * @memberof voxring.v1
             * @classdesc Represents a Takeover.
             * @constructor
             * @param {voxring.v1.Takeover.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Takeover = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Takeover messageId.
             * @member {string} messageId
             * @memberof voxring.v1.Takeover
             * @instance
             */
            Takeover.prototype.messageId = "";

            /**
             * Creates a new Takeover instance using the specified properties.
             * @function create
             * @memberof voxring.v1.Takeover
             * @static
             * @param {voxring.v1.Takeover.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.Takeover} Takeover instance
             * @type {{
             *   (properties: voxring.v1.Takeover.$Shape): voxring.v1.Takeover & voxring.v1.Takeover.$Shape;
             *   (properties?: voxring.v1.Takeover.$Properties): voxring.v1.Takeover;
             * }}
             */
            Takeover.create = function(properties) {
                return new Takeover(properties);
            };

            /**
             * Encodes the specified Takeover message. Does not implicitly {@link voxring.v1.Takeover.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.Takeover
             * @static
             * @param {voxring.v1.Takeover.$Properties} message Takeover message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Takeover.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Takeover message, length delimited. Does not implicitly {@link voxring.v1.Takeover.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.Takeover
             * @static
             * @param {voxring.v1.Takeover.$Properties} message Takeover message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Takeover.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Takeover message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.Takeover
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.Takeover & voxring.v1.Takeover.$Shape} Takeover
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Takeover.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.Takeover();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Takeover message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.Takeover
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.Takeover & voxring.v1.Takeover.$Shape} Takeover
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Takeover.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Takeover message.
             * @function verify
             * @memberof voxring.v1.Takeover
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Takeover.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a Takeover message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.Takeover
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.Takeover} Takeover
             */
            Takeover.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.Takeover)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.Takeover: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.Takeover();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a Takeover message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.Takeover
             * @static
             * @param {voxring.v1.Takeover} message Takeover
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Takeover.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this Takeover to JSON.
             * @function toJSON
             * @memberof voxring.v1.Takeover
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Takeover.prototype.toJSON = function() {
                return Takeover.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Takeover
             * @function getTypeUrl
             * @memberof voxring.v1.Takeover
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Takeover.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.Takeover";
            };

            return Takeover;
        })();

        v1.ConversationChanged = (function() {

            /**
             * Properties of a ConversationChanged.
             * @typedef {Object} voxring.v1.ConversationChanged.$Properties
             * @property {string|null} [conversationId] ConversationChanged conversationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationChanged.
             * @memberof voxring.v1
             * @interface IConversationChanged
             * @augments voxring.v1.ConversationChanged.$Properties
             * @deprecated Use voxring.v1.ConversationChanged.$Properties instead.
             */

            /**
             * Shape of a ConversationChanged.
             * @typedef {voxring.v1.ConversationChanged.$Properties} voxring.v1.ConversationChanged.$Shape
             */

            /**
             * Constructs a new ConversationChanged.
             * @memberof voxring.v1
             * @classdesc Represents a ConversationChanged.
             * @constructor
             * @param {voxring.v1.ConversationChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationChanged conversationId.
             * @member {string} conversationId
             * @memberof voxring.v1.ConversationChanged
             * @instance
             */
            ConversationChanged.prototype.conversationId = "";

            /**
             * Creates a new ConversationChanged instance using the specified properties.
             * @function create
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {voxring.v1.ConversationChanged.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.ConversationChanged} ConversationChanged instance
             * @type {{
             *   (properties: voxring.v1.ConversationChanged.$Shape): voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape;
             *   (properties?: voxring.v1.ConversationChanged.$Properties): voxring.v1.ConversationChanged;
             * }}
             */
            ConversationChanged.create = function(properties) {
                return new ConversationChanged(properties);
            };

            /**
             * Encodes the specified ConversationChanged message. Does not implicitly {@link voxring.v1.ConversationChanged.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {voxring.v1.ConversationChanged.$Properties} message ConversationChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConversationChanged message, length delimited. Does not implicitly {@link voxring.v1.ConversationChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {voxring.v1.ConversationChanged.$Properties} message ConversationChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConversationChanged message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape} ConversationChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.ConversationChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConversationChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape} ConversationChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConversationChanged message.
             * @function verify
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConversationChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                return null;
            };

            /**
             * Creates a ConversationChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.ConversationChanged} ConversationChanged
             */
            ConversationChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.ConversationChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.ConversationChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.ConversationChanged();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                return message;
            };

            /**
             * Creates a plain object from a ConversationChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {voxring.v1.ConversationChanged} message ConversationChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                return object;
            };

            /**
             * Converts this ConversationChanged to JSON.
             * @function toJSON
             * @memberof voxring.v1.ConversationChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationChanged.prototype.toJSON = function() {
                return ConversationChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationChanged
             * @function getTypeUrl
             * @memberof voxring.v1.ConversationChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.ConversationChanged";
            };

            return ConversationChanged;
        })();

        v1.TakeoverDone = (function() {

            /**
             * Properties of a TakeoverDone.
             * @typedef {Object} voxring.v1.TakeoverDone.$Properties
             * @property {string|null} [messageId] TakeoverDone messageId
             * @property {number|null} [chunkCount] TakeoverDone chunkCount
             * @property {boolean|null} [handedOver] TakeoverDone handedOver
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TakeoverDone.
             * @memberof voxring.v1
             * @interface ITakeoverDone
             * @augments voxring.v1.TakeoverDone.$Properties
             * @deprecated Use voxring.v1.TakeoverDone.$Properties instead.
             */

            /**
             * Shape of a TakeoverDone.
             * @typedef {voxring.v1.TakeoverDone.$Properties} voxring.v1.TakeoverDone.$Shape
             */

            /**
             * Constructs a new TakeoverDone.
             * @memberof voxring.v1
             * @classdesc Represents a TakeoverDone.
             * @constructor
             * @param {voxring.v1.TakeoverDone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TakeoverDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TakeoverDone messageId.
             * @member {string} messageId
             * @memberof voxring.v1.TakeoverDone
             * @instance
             */
            TakeoverDone.prototype.messageId = "";

            /**
             * TakeoverDone chunkCount.
             * @member {number} chunkCount
             * @memberof voxring.v1.TakeoverDone
             * @instance
             */
            TakeoverDone.prototype.chunkCount = 0;

            /**
             * TakeoverDone handedOver.
             * @member {boolean} handedOver
             * @memberof voxring.v1.TakeoverDone
             * @instance
             */
            TakeoverDone.prototype.handedOver = false;

            /**
             * Creates a new TakeoverDone instance using the specified properties.
             * @function create
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {voxring.v1.TakeoverDone.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.TakeoverDone} TakeoverDone instance
             * @type {{
             *   (properties: voxring.v1.TakeoverDone.$Shape): voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape;
             *   (properties?: voxring.v1.TakeoverDone.$Properties): voxring.v1.TakeoverDone;
             * }}
             */
            TakeoverDone.create = function(properties) {
                return new TakeoverDone(properties);
            };

            /**
             * Encodes the specified TakeoverDone message. Does not implicitly {@link voxring.v1.TakeoverDone.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {voxring.v1.TakeoverDone.$Properties} message TakeoverDone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TakeoverDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkCount);
                if (message.handedOver != null && $Object.hasOwnProperty.call(message, "handedOver") && message.handedOver !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.handedOver);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TakeoverDone message, length delimited. Does not implicitly {@link voxring.v1.TakeoverDone.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {voxring.v1.TakeoverDone.$Properties} message TakeoverDone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TakeoverDone.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TakeoverDone message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape} TakeoverDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TakeoverDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.TakeoverDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkCount = value;
                            else
                                delete message.chunkCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.handedOver = value;
                            else
                                delete message.handedOver;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TakeoverDone message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape} TakeoverDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TakeoverDone.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TakeoverDone message.
             * @function verify
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TakeoverDone.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                if (message.handedOver != null && $Object.hasOwnProperty.call(message, "handedOver"))
                    if (typeof message.handedOver !== "boolean")
                        return "handedOver: boolean expected";
                return null;
            };

            /**
             * Creates a TakeoverDone message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.TakeoverDone} TakeoverDone
             */
            TakeoverDone.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.TakeoverDone)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.TakeoverDone: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.TakeoverDone();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.chunkCount != null)
                    if ($Number(object.chunkCount) !== 0)
                        message.chunkCount = object.chunkCount >>> 0;
                if (object.handedOver != null)
                    if (object.handedOver)
                        message.handedOver = $Boolean(object.handedOver);
                return message;
            };

            /**
             * Creates a plain object from a TakeoverDone message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {voxring.v1.TakeoverDone} message TakeoverDone
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TakeoverDone.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.chunkCount = 0;
                    object.handedOver = false;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                if (message.handedOver != null && $Object.hasOwnProperty.call(message, "handedOver"))
                    object.handedOver = message.handedOver;
                return object;
            };

            /**
             * Converts this TakeoverDone to JSON.
             * @function toJSON
             * @memberof voxring.v1.TakeoverDone
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TakeoverDone.prototype.toJSON = function() {
                return TakeoverDone.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TakeoverDone
             * @function getTypeUrl
             * @memberof voxring.v1.TakeoverDone
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TakeoverDone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.TakeoverDone";
            };

            return TakeoverDone;
        })();

        v1.RelaySubscribe = (function() {

            /**
             * Properties of a RelaySubscribe.
             * @typedef {Object} voxring.v1.RelaySubscribe.$Properties
             * @property {string|null} [messageId] RelaySubscribe messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelaySubscribe.
             * @memberof voxring.v1
             * @interface IRelaySubscribe
             * @augments voxring.v1.RelaySubscribe.$Properties
             * @deprecated Use voxring.v1.RelaySubscribe.$Properties instead.
             */

            /**
             * Shape of a RelaySubscribe.
             * @typedef {voxring.v1.RelaySubscribe.$Properties} voxring.v1.RelaySubscribe.$Shape
             */

            /**
             * Constructs a new RelaySubscribe.
             * @memberof voxring.v1
             * @classdesc Represents a RelaySubscribe.
             * @constructor
             * @param {voxring.v1.RelaySubscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelaySubscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelaySubscribe messageId.
             * @member {string} messageId
             * @memberof voxring.v1.RelaySubscribe
             * @instance
             */
            RelaySubscribe.prototype.messageId = "";

            /**
             * Creates a new RelaySubscribe instance using the specified properties.
             * @function create
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {voxring.v1.RelaySubscribe.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.RelaySubscribe} RelaySubscribe instance
             * @type {{
             *   (properties: voxring.v1.RelaySubscribe.$Shape): voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape;
             *   (properties?: voxring.v1.RelaySubscribe.$Properties): voxring.v1.RelaySubscribe;
             * }}
             */
            RelaySubscribe.create = function(properties) {
                return new RelaySubscribe(properties);
            };

            /**
             * Encodes the specified RelaySubscribe message. Does not implicitly {@link voxring.v1.RelaySubscribe.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {voxring.v1.RelaySubscribe.$Properties} message RelaySubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelaySubscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RelaySubscribe message, length delimited. Does not implicitly {@link voxring.v1.RelaySubscribe.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {voxring.v1.RelaySubscribe.$Properties} message RelaySubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelaySubscribe.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RelaySubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape} RelaySubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelaySubscribe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.RelaySubscribe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RelaySubscribe message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape} RelaySubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelaySubscribe.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RelaySubscribe message.
             * @function verify
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RelaySubscribe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a RelaySubscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.RelaySubscribe} RelaySubscribe
             */
            RelaySubscribe.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.RelaySubscribe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.RelaySubscribe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.RelaySubscribe();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a RelaySubscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {voxring.v1.RelaySubscribe} message RelaySubscribe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelaySubscribe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this RelaySubscribe to JSON.
             * @function toJSON
             * @memberof voxring.v1.RelaySubscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelaySubscribe.prototype.toJSON = function() {
                return RelaySubscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RelaySubscribe
             * @function getTypeUrl
             * @memberof voxring.v1.RelaySubscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RelaySubscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.RelaySubscribe";
            };

            return RelaySubscribe;
        })();

        v1.RelayTimeline = (function() {

            /**
             * Properties of a RelayTimeline.
             * @typedef {Object} voxring.v1.RelayTimeline.$Properties
             * @property {string|null} [userId] RelayTimeline userId
             * @property {voxring.v1.TimelineEvent.$Properties|null} [event] RelayTimeline event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayTimeline.
             * @memberof voxring.v1
             * @interface IRelayTimeline
             * @augments voxring.v1.RelayTimeline.$Properties
             * @deprecated Use voxring.v1.RelayTimeline.$Properties instead.
             */

            /**
             * Shape of a RelayTimeline.
             * @typedef {voxring.v1.RelayTimeline.$Properties} voxring.v1.RelayTimeline.$Shape
             */

            /**
             * Constructs a new RelayTimeline.
             * @memberof voxring.v1
             * @classdesc Represents a RelayTimeline.
             * @constructor
             * @param {voxring.v1.RelayTimeline.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayTimeline = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelayTimeline userId.
             * @member {string} userId
             * @memberof voxring.v1.RelayTimeline
             * @instance
             */
            RelayTimeline.prototype.userId = "";

            /**
             * RelayTimeline event.
             * @member {voxring.v1.TimelineEvent.$Properties|null|undefined} event
             * @memberof voxring.v1.RelayTimeline
             * @instance
             */
            RelayTimeline.prototype.event = null;

            /**
             * Creates a new RelayTimeline instance using the specified properties.
             * @function create
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {voxring.v1.RelayTimeline.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.RelayTimeline} RelayTimeline instance
             * @type {{
             *   (properties: voxring.v1.RelayTimeline.$Shape): voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape;
             *   (properties?: voxring.v1.RelayTimeline.$Properties): voxring.v1.RelayTimeline;
             * }}
             */
            RelayTimeline.create = function(properties) {
                return new RelayTimeline(properties);
            };

            /**
             * Encodes the specified RelayTimeline message. Does not implicitly {@link voxring.v1.RelayTimeline.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {voxring.v1.RelayTimeline.$Properties} message RelayTimeline message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayTimeline.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.voxring.v1.TimelineEvent.encode(message.event, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RelayTimeline message, length delimited. Does not implicitly {@link voxring.v1.RelayTimeline.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {voxring.v1.RelayTimeline.$Properties} message RelayTimeline message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayTimeline.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RelayTimeline message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape} RelayTimeline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayTimeline.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.RelayTimeline();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.voxring.v1.TimelineEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RelayTimeline message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape} RelayTimeline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayTimeline.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RelayTimeline message.
             * @function verify
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RelayTimeline.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    let error = $root.voxring.v1.TimelineEvent.verify(message.event, _depth + 1);
                    if (error)
                        return "event." + error;
                }
                return null;
            };

            /**
             * Creates a RelayTimeline message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.RelayTimeline} RelayTimeline
             */
            RelayTimeline.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.RelayTimeline)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.RelayTimeline: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.RelayTimeline();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".voxring.v1.RelayTimeline.event: object expected");
                    message.event = $root.voxring.v1.TimelineEvent.fromObject(object.event, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RelayTimeline message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {voxring.v1.RelayTimeline} message RelayTimeline
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelayTimeline.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.event = null;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.voxring.v1.TimelineEvent.toObject(message.event, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RelayTimeline to JSON.
             * @function toJSON
             * @memberof voxring.v1.RelayTimeline
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelayTimeline.prototype.toJSON = function() {
                return RelayTimeline.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RelayTimeline
             * @function getTypeUrl
             * @memberof voxring.v1.RelayTimeline
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RelayTimeline.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.RelayTimeline";
            };

            return RelayTimeline;
        })();

        v1.UsersHere = (function() {

            /**
             * Properties of a UsersHere.
             * @typedef {Object} voxring.v1.UsersHere.$Properties
             * @property {Array.<string>|null} [arrived] UsersHere arrived
             * @property {Array.<string>|null} [left] UsersHere left
             * @property {boolean|null} [full] UsersHere full
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UsersHere.
             * @memberof voxring.v1
             * @interface IUsersHere
             * @augments voxring.v1.UsersHere.$Properties
             * @deprecated Use voxring.v1.UsersHere.$Properties instead.
             */

            /**
             * Shape of a UsersHere.
             * @typedef {voxring.v1.UsersHere.$Properties} voxring.v1.UsersHere.$Shape
             */

            /**
             * Constructs a new UsersHere.
             * @memberof voxring.v1
             * @classdesc Represents a UsersHere.
             * @constructor
             * @param {voxring.v1.UsersHere.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UsersHere = function (properties) {
                this.arrived = [];
                this.left = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UsersHere arrived.
             * @member {Array.<string>} arrived
             * @memberof voxring.v1.UsersHere
             * @instance
             */
            UsersHere.prototype.arrived = $util.emptyArray;

            /**
             * UsersHere left.
             * @member {Array.<string>} left
             * @memberof voxring.v1.UsersHere
             * @instance
             */
            UsersHere.prototype.left = $util.emptyArray;

            /**
             * UsersHere full.
             * @member {boolean} full
             * @memberof voxring.v1.UsersHere
             * @instance
             */
            UsersHere.prototype.full = false;

            /**
             * Creates a new UsersHere instance using the specified properties.
             * @function create
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {voxring.v1.UsersHere.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.UsersHere} UsersHere instance
             * @type {{
             *   (properties: voxring.v1.UsersHere.$Shape): voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape;
             *   (properties?: voxring.v1.UsersHere.$Properties): voxring.v1.UsersHere;
             * }}
             */
            UsersHere.create = function(properties) {
                return new UsersHere(properties);
            };

            /**
             * Encodes the specified UsersHere message. Does not implicitly {@link voxring.v1.UsersHere.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {voxring.v1.UsersHere.$Properties} message UsersHere message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UsersHere.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.arrived != null && message.arrived.length)
                    for (let i = 0; i < message.arrived.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.arrived[i]);
                if (message.left != null && message.left.length)
                    for (let i = 0; i < message.left.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.left[i]);
                if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.full);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UsersHere message, length delimited. Does not implicitly {@link voxring.v1.UsersHere.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {voxring.v1.UsersHere.$Properties} message UsersHere message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UsersHere.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UsersHere message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape} UsersHere
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UsersHere.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.UsersHere();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.arrived && message.arrived.length))
                                message.arrived = [];
                            message.arrived.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.left && message.left.length))
                                message.left = [];
                            message.left.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.full = value;
                            else
                                delete message.full;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UsersHere message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape} UsersHere
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UsersHere.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UsersHere message.
             * @function verify
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UsersHere.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.arrived != null && $Object.hasOwnProperty.call(message, "arrived")) {
                    if (!$Array.isArray(message.arrived))
                        return "arrived: array expected";
                    for (let i = 0; i < message.arrived.length; ++i)
                        if (!$util.isString(message.arrived[i]))
                            return "arrived: string[] expected";
                }
                if (message.left != null && $Object.hasOwnProperty.call(message, "left")) {
                    if (!$Array.isArray(message.left))
                        return "left: array expected";
                    for (let i = 0; i < message.left.length; ++i)
                        if (!$util.isString(message.left[i]))
                            return "left: string[] expected";
                }
                if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                    if (typeof message.full !== "boolean")
                        return "full: boolean expected";
                return null;
            };

            /**
             * Creates a UsersHere message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.UsersHere} UsersHere
             */
            UsersHere.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.UsersHere)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.UsersHere: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.UsersHere();
                if (object.arrived) {
                    if (!$Array.isArray(object.arrived))
                        throw $TypeError(".voxring.v1.UsersHere.arrived: array expected");
                    message.arrived = $Array(object.arrived.length);
                    for (let i = 0; i < object.arrived.length; ++i)
                        message.arrived[i] = $String(object.arrived[i]);
                }
                if (object.left) {
                    if (!$Array.isArray(object.left))
                        throw $TypeError(".voxring.v1.UsersHere.left: array expected");
                    message.left = $Array(object.left.length);
                    for (let i = 0; i < object.left.length; ++i)
                        message.left[i] = $String(object.left[i]);
                }
                if (object.full != null)
                    if (object.full)
                        message.full = $Boolean(object.full);
                return message;
            };

            /**
             * Creates a plain object from a UsersHere message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {voxring.v1.UsersHere} message UsersHere
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UsersHere.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.arrived = [];
                    object.left = [];
                }
                if (options.defaults)
                    object.full = false;
                if (message.arrived && message.arrived.length) {
                    object.arrived = $Array(message.arrived.length);
                    for (let j = 0; j < message.arrived.length; ++j)
                        object.arrived[j] = message.arrived[j];
                }
                if (message.left && message.left.length) {
                    object.left = $Array(message.left.length);
                    for (let j = 0; j < message.left.length; ++j)
                        object.left[j] = message.left[j];
                }
                if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                    object.full = message.full;
                return object;
            };

            /**
             * Converts this UsersHere to JSON.
             * @function toJSON
             * @memberof voxring.v1.UsersHere
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UsersHere.prototype.toJSON = function() {
                return UsersHere.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UsersHere
             * @function getTypeUrl
             * @memberof voxring.v1.UsersHere
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UsersHere.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.UsersHere";
            };

            return UsersHere;
        })();

        v1.RelayReceipt = (function() {

            /**
             * Properties of a RelayReceipt.
             * @typedef {Object} voxring.v1.RelayReceipt.$Properties
             * @property {string|null} [userId] RelayReceipt userId
             * @property {voxring.v1.Receipt.$Properties|null} [receipt] RelayReceipt receipt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayReceipt.
             * @memberof voxring.v1
             * @interface IRelayReceipt
             * @augments voxring.v1.RelayReceipt.$Properties
             * @deprecated Use voxring.v1.RelayReceipt.$Properties instead.
             */

            /**
             * Shape of a RelayReceipt.
             * @typedef {voxring.v1.RelayReceipt.$Properties} voxring.v1.RelayReceipt.$Shape
             */

            /**
             * Constructs a new RelayReceipt.
             * @memberof voxring.v1
             * @classdesc Represents a RelayReceipt.
             * @constructor
             * @param {voxring.v1.RelayReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelayReceipt userId.
             * @member {string} userId
             * @memberof voxring.v1.RelayReceipt
             * @instance
             */
            RelayReceipt.prototype.userId = "";

            /**
             * RelayReceipt receipt.
             * @member {voxring.v1.Receipt.$Properties|null|undefined} receipt
             * @memberof voxring.v1.RelayReceipt
             * @instance
             */
            RelayReceipt.prototype.receipt = null;

            /**
             * Creates a new RelayReceipt instance using the specified properties.
             * @function create
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {voxring.v1.RelayReceipt.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.RelayReceipt} RelayReceipt instance
             * @type {{
             *   (properties: voxring.v1.RelayReceipt.$Shape): voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape;
             *   (properties?: voxring.v1.RelayReceipt.$Properties): voxring.v1.RelayReceipt;
             * }}
             */
            RelayReceipt.create = function(properties) {
                return new RelayReceipt(properties);
            };

            /**
             * Encodes the specified RelayReceipt message. Does not implicitly {@link voxring.v1.RelayReceipt.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {voxring.v1.RelayReceipt.$Properties} message RelayReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.voxring.v1.Receipt.encode(message.receipt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RelayReceipt message, length delimited. Does not implicitly {@link voxring.v1.RelayReceipt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {voxring.v1.RelayReceipt.$Properties} message RelayReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayReceipt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RelayReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape} RelayReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayReceipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.RelayReceipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.voxring.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RelayReceipt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape} RelayReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayReceipt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RelayReceipt message.
             * @function verify
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RelayReceipt.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    let error = $root.voxring.v1.Receipt.verify(message.receipt, _depth + 1);
                    if (error)
                        return "receipt." + error;
                }
                return null;
            };

            /**
             * Creates a RelayReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.RelayReceipt} RelayReceipt
             */
            RelayReceipt.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.RelayReceipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.RelayReceipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.RelayReceipt();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".voxring.v1.RelayReceipt.receipt: object expected");
                    message.receipt = $root.voxring.v1.Receipt.fromObject(object.receipt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RelayReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {voxring.v1.RelayReceipt} message RelayReceipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelayReceipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.receipt = null;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    object.receipt = $root.voxring.v1.Receipt.toObject(message.receipt, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RelayReceipt to JSON.
             * @function toJSON
             * @memberof voxring.v1.RelayReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelayReceipt.prototype.toJSON = function() {
                return RelayReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RelayReceipt
             * @function getTypeUrl
             * @memberof voxring.v1.RelayReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RelayReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.RelayReceipt";
            };

            return RelayReceipt;
        })();

        v1.RelayFrame = (function() {

            /**
             * Properties of a RelayFrame.
             * @typedef {Object} voxring.v1.RelayFrame.$Properties
             * @property {number|null} [ref] RelayFrame ref
             * @property {voxring.v1.RelayHeader.$Properties|null} [relayHeader] RelayFrame relayHeader
             * @property {voxring.v1.Chunk.$Properties|null} [chunk] RelayFrame chunk
             * @property {voxring.v1.MessageEnd.$Properties|null} [messageEnd] RelayFrame messageEnd
             * @property {voxring.v1.RelaySubscribe.$Properties|null} [subscribe] RelayFrame subscribe
             * @property {voxring.v1.RelayTimeline.$Properties|null} [relayTimeline] RelayFrame relayTimeline
             * @property {voxring.v1.ReplicaAck.$Properties|null} [replicaAck] RelayFrame replicaAck
             * @property {voxring.v1.Takeover.$Properties|null} [takeover] RelayFrame takeover
             * @property {voxring.v1.TakeoverDone.$Properties|null} [takeoverDone] RelayFrame takeoverDone
             * @property {voxring.v1.ConversationChanged.$Properties|null} [conversationChanged] RelayFrame conversationChanged
             * @property {voxring.v1.UsersHere.$Properties|null} [usersHere] RelayFrame usersHere
             * @property {voxring.v1.RelayReceipt.$Properties|null} [receipt] RelayFrame receipt
             * @property {voxring.v1.Listening.$Properties|null} [listening] RelayFrame listening
             * @property {"relayHeader"|"chunk"|"messageEnd"|"subscribe"|"relayTimeline"|"replicaAck"|"takeover"|"takeoverDone"|"conversationChanged"|"usersHere"|"receipt"|"listening"} [body] RelayFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayFrame.
             * @memberof voxring.v1
             * @interface IRelayFrame
             * @augments voxring.v1.RelayFrame.$Properties
             * @deprecated Use voxring.v1.RelayFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a RelayFrame.
             * @typedef {{
             *   ref?: number|null;
             *   relayHeader?: voxring.v1.RelayHeader.$Shape|null;
             *   chunk?: voxring.v1.Chunk.$Shape|null;
             *   messageEnd?: voxring.v1.MessageEnd.$Shape|null;
             *   subscribe?: voxring.v1.RelaySubscribe.$Shape|null;
             *   relayTimeline?: voxring.v1.RelayTimeline.$Shape|null;
             *   replicaAck?: voxring.v1.ReplicaAck.$Shape|null;
             *   takeover?: voxring.v1.Takeover.$Shape|null;
             *   takeoverDone?: voxring.v1.TakeoverDone.$Shape|null;
             *   conversationChanged?: voxring.v1.ConversationChanged.$Shape|null;
             *   usersHere?: voxring.v1.UsersHere.$Shape|null;
             *   receipt?: voxring.v1.RelayReceipt.$Shape|null;
             *   listening?: voxring.v1.Listening.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "relayHeader"; relayHeader: voxring.v1.RelayHeader.$Shape; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "chunk"; relayHeader?: null; chunk: voxring.v1.Chunk.$Shape; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "messageEnd"; relayHeader?: null; chunk?: null; messageEnd: voxring.v1.MessageEnd.$Shape; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "subscribe"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe: voxring.v1.RelaySubscribe.$Shape; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "relayTimeline"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline: voxring.v1.RelayTimeline.$Shape; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "replicaAck"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck: voxring.v1.ReplicaAck.$Shape; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "takeover"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover: voxring.v1.Takeover.$Shape; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "takeoverDone"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone: voxring.v1.TakeoverDone.$Shape; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null }|{ body?: "conversationChanged"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged: voxring.v1.ConversationChanged.$Shape; usersHere?: null; receipt?: null; listening?: null }|{ body?: "usersHere"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere: voxring.v1.UsersHere.$Shape; receipt?: null; listening?: null }|{ body?: "receipt"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt: voxring.v1.RelayReceipt.$Shape; listening?: null }|{ body?: "listening"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening: voxring.v1.Listening.$Shape })
             * )} voxring.v1.RelayFrame.$Shape
             */

            /**
             * Constructs a new RelayFrame.
             * @memberof voxring.v1
             * @classdesc Represents a RelayFrame.
             * @constructor
             * @param {voxring.v1.RelayFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelayFrame ref.
             * @member {number} ref
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.ref = 0;

            /**
             * RelayFrame relayHeader.
             * @member {voxring.v1.RelayHeader.$Properties|null|undefined} relayHeader
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.relayHeader = null;

            /**
             * RelayFrame chunk.
             * @member {voxring.v1.Chunk.$Properties|null|undefined} chunk
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.chunk = null;

            /**
             * RelayFrame messageEnd.
             * @member {voxring.v1.MessageEnd.$Properties|null|undefined} messageEnd
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.messageEnd = null;

            /**
             * RelayFrame subscribe.
             * @member {voxring.v1.RelaySubscribe.$Properties|null|undefined} subscribe
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.subscribe = null;

            /**
             * RelayFrame relayTimeline.
             * @member {voxring.v1.RelayTimeline.$Properties|null|undefined} relayTimeline
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.relayTimeline = null;

            /**
             * RelayFrame replicaAck.
             * @member {voxring.v1.ReplicaAck.$Properties|null|undefined} replicaAck
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.replicaAck = null;

            /**
             * RelayFrame takeover.
             * @member {voxring.v1.Takeover.$Properties|null|undefined} takeover
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.takeover = null;

            /**
             * RelayFrame takeoverDone.
             * @member {voxring.v1.TakeoverDone.$Properties|null|undefined} takeoverDone
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.takeoverDone = null;

            /**
             * RelayFrame conversationChanged.
             * @member {voxring.v1.ConversationChanged.$Properties|null|undefined} conversationChanged
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.conversationChanged = null;

            /**
             * RelayFrame usersHere.
             * @member {voxring.v1.UsersHere.$Properties|null|undefined} usersHere
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.usersHere = null;

            /**
             * RelayFrame receipt.
             * @member {voxring.v1.RelayReceipt.$Properties|null|undefined} receipt
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.receipt = null;

            /**
             * RelayFrame listening.
             * @member {voxring.v1.Listening.$Properties|null|undefined} listening
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            RelayFrame.prototype.listening = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * RelayFrame body.
             * @member {"relayHeader"|"chunk"|"messageEnd"|"subscribe"|"relayTimeline"|"replicaAck"|"takeover"|"takeoverDone"|"conversationChanged"|"usersHere"|"receipt"|"listening"|undefined} body
             * @memberof voxring.v1.RelayFrame
             * @instance
             */
            $Object.defineProperty(RelayFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["relayHeader", "chunk", "messageEnd", "subscribe", "relayTimeline", "replicaAck", "takeover", "takeoverDone", "conversationChanged", "usersHere", "receipt", "listening"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RelayFrame instance using the specified properties.
             * @function create
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {voxring.v1.RelayFrame.$Properties=} [properties] Properties to set
             * @returns {voxring.v1.RelayFrame} RelayFrame instance
             * @type {{
             *   (properties: voxring.v1.RelayFrame.$Shape): voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape;
             *   (properties?: voxring.v1.RelayFrame.$Properties): voxring.v1.RelayFrame;
             * }}
             */
            RelayFrame.create = function(properties) {
                return new RelayFrame(properties);
            };

            /**
             * Encodes the specified RelayFrame message. Does not implicitly {@link voxring.v1.RelayFrame.verify|verify} messages.
             * @function encode
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {voxring.v1.RelayFrame.$Properties} message RelayFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ref);
                if (message.relayHeader != null && $Object.hasOwnProperty.call(message, "relayHeader"))
                    $root.voxring.v1.RelayHeader.encode(message.relayHeader, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.voxring.v1.Chunk.encode(message.chunk, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.messageEnd != null && $Object.hasOwnProperty.call(message, "messageEnd"))
                    $root.voxring.v1.MessageEnd.encode(message.messageEnd, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.voxring.v1.RelaySubscribe.encode(message.subscribe, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.relayTimeline != null && $Object.hasOwnProperty.call(message, "relayTimeline"))
                    $root.voxring.v1.RelayTimeline.encode(message.relayTimeline, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.replicaAck != null && $Object.hasOwnProperty.call(message, "replicaAck"))
                    $root.voxring.v1.ReplicaAck.encode(message.replicaAck, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.takeover != null && $Object.hasOwnProperty.call(message, "takeover"))
                    $root.voxring.v1.Takeover.encode(message.takeover, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.takeoverDone != null && $Object.hasOwnProperty.call(message, "takeoverDone"))
                    $root.voxring.v1.TakeoverDone.encode(message.takeoverDone, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.conversationChanged != null && $Object.hasOwnProperty.call(message, "conversationChanged"))
                    $root.voxring.v1.ConversationChanged.encode(message.conversationChanged, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.usersHere != null && $Object.hasOwnProperty.call(message, "usersHere"))
                    $root.voxring.v1.UsersHere.encode(message.usersHere, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.voxring.v1.RelayReceipt.encode(message.receipt, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.listening != null && $Object.hasOwnProperty.call(message, "listening"))
                    $root.voxring.v1.Listening.encode(message.listening, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RelayFrame message, length delimited. Does not implicitly {@link voxring.v1.RelayFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {voxring.v1.RelayFrame.$Properties} message RelayFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RelayFrame message from the specified reader or buffer.
             * @function decode
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape} RelayFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.voxring.v1.RelayFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.relayHeader = $root.voxring.v1.RelayHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.relayHeader);
                            message.body = "relayHeader";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.voxring.v1.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.body = "chunk";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.messageEnd = $root.voxring.v1.MessageEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.messageEnd);
                            message.body = "messageEnd";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.voxring.v1.RelaySubscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.body = "subscribe";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.relayTimeline = $root.voxring.v1.RelayTimeline.decode(reader, reader.size(), $undefined, _depth + 1, message.relayTimeline);
                            message.body = "relayTimeline";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.replicaAck = $root.voxring.v1.ReplicaAck.decode(reader, reader.size(), $undefined, _depth + 1, message.replicaAck);
                            message.body = "replicaAck";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.takeover = $root.voxring.v1.Takeover.decode(reader, reader.size(), $undefined, _depth + 1, message.takeover);
                            message.body = "takeover";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.takeoverDone = $root.voxring.v1.TakeoverDone.decode(reader, reader.size(), $undefined, _depth + 1, message.takeoverDone);
                            message.body = "takeoverDone";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.conversationChanged = $root.voxring.v1.ConversationChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.conversationChanged);
                            message.body = "conversationChanged";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.usersHere = $root.voxring.v1.UsersHere.decode(reader, reader.size(), $undefined, _depth + 1, message.usersHere);
                            message.body = "usersHere";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.voxring.v1.RelayReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.body = "receipt";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.listening = $root.voxring.v1.Listening.decode(reader, reader.size(), $undefined, _depth + 1, message.listening);
                            message.body = "listening";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RelayFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape} RelayFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RelayFrame message.
             * @function verify
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RelayFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (!$util.isInteger(message.ref))
                        return "ref: integer expected";
                if (message.relayHeader != null && $Object.hasOwnProperty.call(message, "relayHeader")) {
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.RelayHeader.verify(message.relayHeader, _depth + 1);
                        if (error)
                            return "relayHeader." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Chunk.verify(message.chunk, _depth + 1);
                        if (error)
                            return "chunk." + error;
                    }
                }
                if (message.messageEnd != null && $Object.hasOwnProperty.call(message, "messageEnd")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.MessageEnd.verify(message.messageEnd, _depth + 1);
                        if (error)
                            return "messageEnd." + error;
                    }
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.RelaySubscribe.verify(message.subscribe, _depth + 1);
                        if (error)
                            return "subscribe." + error;
                    }
                }
                if (message.relayTimeline != null && $Object.hasOwnProperty.call(message, "relayTimeline")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.RelayTimeline.verify(message.relayTimeline, _depth + 1);
                        if (error)
                            return "relayTimeline." + error;
                    }
                }
                if (message.replicaAck != null && $Object.hasOwnProperty.call(message, "replicaAck")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.ReplicaAck.verify(message.replicaAck, _depth + 1);
                        if (error)
                            return "replicaAck." + error;
                    }
                }
                if (message.takeover != null && $Object.hasOwnProperty.call(message, "takeover")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Takeover.verify(message.takeover, _depth + 1);
                        if (error)
                            return "takeover." + error;
                    }
                }
                if (message.takeoverDone != null && $Object.hasOwnProperty.call(message, "takeoverDone")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.TakeoverDone.verify(message.takeoverDone, _depth + 1);
                        if (error)
                            return "takeoverDone." + error;
                    }
                }
                if (message.conversationChanged != null && $Object.hasOwnProperty.call(message, "conversationChanged")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.ConversationChanged.verify(message.conversationChanged, _depth + 1);
                        if (error)
                            return "conversationChanged." + error;
                    }
                }
                if (message.usersHere != null && $Object.hasOwnProperty.call(message, "usersHere")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.UsersHere.verify(message.usersHere, _depth + 1);
                        if (error)
                            return "usersHere." + error;
                    }
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.RelayReceipt.verify(message.receipt, _depth + 1);
                        if (error)
                            return "receipt." + error;
                    }
                }
                if (message.listening != null && $Object.hasOwnProperty.call(message, "listening")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.voxring.v1.Listening.verify(message.listening, _depth + 1);
                        if (error)
                            return "listening." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RelayFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {voxring.v1.RelayFrame} RelayFrame
             */
            RelayFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.voxring.v1.RelayFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".voxring.v1.RelayFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.voxring.v1.RelayFrame();
                if (object.ref != null)
                    if ($Number(object.ref) !== 0)
                        message.ref = object.ref >>> 0;
                if (object.relayHeader != null) {
                    if (!$util.isObject(object.relayHeader))
                        throw $TypeError(".voxring.v1.RelayFrame.relayHeader: object expected");
                    message.relayHeader = $root.voxring.v1.RelayHeader.fromObject(object.relayHeader, _depth + 1);
                }
                if (object.chunk != null) {
                    if (!$util.isObject(object.chunk))
                        throw $TypeError(".voxring.v1.RelayFrame.chunk: object expected");
                    message.chunk = $root.voxring.v1.Chunk.fromObject(object.chunk, _depth + 1);
                }
                if (object.messageEnd != null) {
                    if (!$util.isObject(object.messageEnd))
                        throw $TypeError(".voxring.v1.RelayFrame.messageEnd: object expected");
                    message.messageEnd = $root.voxring.v1.MessageEnd.fromObject(object.messageEnd, _depth + 1);
                }
                if (object.subscribe != null) {
                    if (!$util.isObject(object.subscribe))
                        throw $TypeError(".voxring.v1.RelayFrame.subscribe: object expected");
                    message.subscribe = $root.voxring.v1.RelaySubscribe.fromObject(object.subscribe, _depth + 1);
                }
                if (object.relayTimeline != null) {
                    if (!$util.isObject(object.relayTimeline))
                        throw $TypeError(".voxring.v1.RelayFrame.relayTimeline: object expected");
                    message.relayTimeline = $root.voxring.v1.RelayTimeline.fromObject(object.relayTimeline, _depth + 1);
                }
                if (object.replicaAck != null) {
                    if (!$util.isObject(object.replicaAck))
                        throw $TypeError(".voxring.v1.RelayFrame.replicaAck: object expected");
                    message.replicaAck = $root.voxring.v1.ReplicaAck.fromObject(object.replicaAck, _depth + 1);
                }
                if (object.takeover != null) {
                    if (!$util.isObject(object.takeover))
                        throw $TypeError(".voxring.v1.RelayFrame.takeover: object expected");
                    message.takeover = $root.voxring.v1.Takeover.fromObject(object.takeover, _depth + 1);
                }
                if (object.takeoverDone != null) {
                    if (!$util.isObject(object.takeoverDone))
                        throw $TypeError(".voxring.v1.RelayFrame.takeoverDone: object expected");
                    message.takeoverDone = $root.voxring.v1.TakeoverDone.fromObject(object.takeoverDone, _depth + 1);
                }
                if (object.conversationChanged != null) {
                    if (!$util.isObject(object.conversationChanged))
                        throw $TypeError(".voxring.v1.RelayFrame.conversationChanged: object expected");
                    message.conversationChanged = $root.voxring.v1.ConversationChanged.fromObject(object.conversationChanged, _depth + 1);
                }
                if (object.usersHere != null) {
                    if (!$util.isObject(object.usersHere))
                        throw $TypeError(".voxring.v1.RelayFrame.usersHere: object expected");
                    message.usersHere = $root.voxring.v1.UsersHere.fromObject(object.usersHere, _depth + 1);
                }
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".voxring.v1.RelayFrame.receipt: object expected");
                    message.receipt = $root.voxring.v1.RelayReceipt.fromObject(object.receipt, _depth + 1);
                }
                if (object.listening != null) {
                    if (!$util.isObject(object.listening))
                        throw $TypeError(".voxring.v1.RelayFrame.listening: object expected");
                    message.listening = $root.voxring.v1.Listening.fromObject(object.listening, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RelayFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {voxring.v1.RelayFrame} message RelayFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelayFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ref = 0;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.relayHeader != null && $Object.hasOwnProperty.call(message, "relayHeader")) {
                    object.relayHeader = $root.voxring.v1.RelayHeader.toObject(message.relayHeader, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "relayHeader";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = $root.voxring.v1.Chunk.toObject(message.chunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chunk";
                }
                if (message.messageEnd != null && $Object.hasOwnProperty.call(message, "messageEnd")) {
                    object.messageEnd = $root.voxring.v1.MessageEnd.toObject(message.messageEnd, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messageEnd";
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    object.subscribe = $root.voxring.v1.RelaySubscribe.toObject(message.subscribe, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "subscribe";
                }
                if (message.relayTimeline != null && $Object.hasOwnProperty.call(message, "relayTimeline")) {
                    object.relayTimeline = $root.voxring.v1.RelayTimeline.toObject(message.relayTimeline, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "relayTimeline";
                }
                if (message.replicaAck != null && $Object.hasOwnProperty.call(message, "replicaAck")) {
                    object.replicaAck = $root.voxring.v1.ReplicaAck.toObject(message.replicaAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "replicaAck";
                }
                if (message.takeover != null && $Object.hasOwnProperty.call(message, "takeover")) {
                    object.takeover = $root.voxring.v1.Takeover.toObject(message.takeover, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "takeover";
                }
                if (message.takeoverDone != null && $Object.hasOwnProperty.call(message, "takeoverDone")) {
                    object.takeoverDone = $root.voxring.v1.TakeoverDone.toObject(message.takeoverDone, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "takeoverDone";
                }
                if (message.conversationChanged != null && $Object.hasOwnProperty.call(message, "conversationChanged")) {
                    object.conversationChanged = $root.voxring.v1.ConversationChanged.toObject(message.conversationChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "conversationChanged";
                }
                if (message.usersHere != null && $Object.hasOwnProperty.call(message, "usersHere")) {
                    object.usersHere = $root.voxring.v1.UsersHere.toObject(message.usersHere, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "usersHere";
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    object.receipt = $root.voxring.v1.RelayReceipt.toObject(message.receipt, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipt";
                }
                if (message.listening != null && $Object.hasOwnProperty.call(message, "listening")) {
                    object.listening = $root.voxring.v1.Listening.toObject(message.listening, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listening";
                }
                return object;
            };

            /**
             * Converts this RelayFrame to JSON.
             * @function toJSON
             * @memberof voxring.v1.RelayFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelayFrame.prototype.toJSON = function() {
                return RelayFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RelayFrame
             * @function getTypeUrl
             * @memberof voxring.v1.RelayFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RelayFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/voxring.v1.RelayFrame";
            };

            return RelayFrame;
        })();

        return v1;
    })();

    return voxring;
})();

export {
  $root as default
};
