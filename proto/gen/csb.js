/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const csb = $root.csb = (() => {

    /**
     * Namespace csb.
     * @exports csb
     * @namespace
     */
    const csb = {};

    csb.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof csb
         * @namespace
         */
        const v1 = {};

        v1.TimeWindow = (function() {

            /**
             * Properties of a TimeWindow.
             * @typedef {Object} csb.v1.TimeWindow.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [earliest] TimeWindow earliest
             * @property {google.protobuf.Timestamp.$Properties|null} [latest] TimeWindow latest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeWindow.
             * @memberof csb.v1
             * @interface ITimeWindow
             * @augments csb.v1.TimeWindow.$Properties
             * @deprecated Use csb.v1.TimeWindow.$Properties instead.
             */

            /**
             * Shape of a TimeWindow.
             * @typedef {csb.v1.TimeWindow.$Properties} csb.v1.TimeWindow.$Shape
             */

            /**
             * Constructs a new TimeWindow.
             * @memberof csb.v1
             * @classdesc Represents a TimeWindow.
             * @constructor
             * @param {csb.v1.TimeWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimeWindow earliest.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} earliest
             * @memberof csb.v1.TimeWindow
             * @instance
             */
            TimeWindow.prototype.earliest = null;

            /**
             * TimeWindow latest.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} latest
             * @memberof csb.v1.TimeWindow
             * @instance
             */
            TimeWindow.prototype.latest = null;

            /**
             * Creates a new TimeWindow instance using the specified properties.
             * @function create
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {csb.v1.TimeWindow.$Properties=} [properties] Properties to set
             * @returns {csb.v1.TimeWindow} TimeWindow instance
             * @type {{
             *   (properties: csb.v1.TimeWindow.$Shape): csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape;
             *   (properties?: csb.v1.TimeWindow.$Properties): csb.v1.TimeWindow;
             * }}
             */
            TimeWindow.create = function(properties) {
                return new TimeWindow(properties);
            };

            /**
             * Encodes the specified TimeWindow message. Does not implicitly {@link csb.v1.TimeWindow.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {csb.v1.TimeWindow.$Properties} message TimeWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.earliest != null && $Object.hasOwnProperty.call(message, "earliest"))
                    $root.google.protobuf.Timestamp.encode(message.earliest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.latest != null && $Object.hasOwnProperty.call(message, "latest"))
                    $root.google.protobuf.Timestamp.encode(message.latest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TimeWindow message, length delimited. Does not implicitly {@link csb.v1.TimeWindow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {csb.v1.TimeWindow.$Properties} message TimeWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeWindow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeWindow message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape} TimeWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeWindow.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.TimeWindow();
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
                            message.earliest = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.earliest);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.latest = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.latest);
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
             * Decodes a TimeWindow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape} TimeWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeWindow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeWindow message.
             * @function verify
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeWindow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.earliest != null && $Object.hasOwnProperty.call(message, "earliest")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.earliest, _depth + 1);
                    if (error)
                        return "earliest." + error;
                }
                if (message.latest != null && $Object.hasOwnProperty.call(message, "latest")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.latest, _depth + 1);
                    if (error)
                        return "latest." + error;
                }
                return null;
            };

            /**
             * Creates a TimeWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.TimeWindow} TimeWindow
             */
            TimeWindow.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.TimeWindow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.TimeWindow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.TimeWindow();
                if (object.earliest != null) {
                    if (!$util.isObject(object.earliest))
                        throw $TypeError(".csb.v1.TimeWindow.earliest: object expected");
                    message.earliest = $root.google.protobuf.Timestamp.fromObject(object.earliest, _depth + 1);
                }
                if (object.latest != null) {
                    if (!$util.isObject(object.latest))
                        throw $TypeError(".csb.v1.TimeWindow.latest: object expected");
                    message.latest = $root.google.protobuf.Timestamp.fromObject(object.latest, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TimeWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {csb.v1.TimeWindow} message TimeWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeWindow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.earliest = null;
                    object.latest = null;
                }
                if (message.earliest != null && $Object.hasOwnProperty.call(message, "earliest"))
                    object.earliest = $root.google.protobuf.Timestamp.toObject(message.earliest, options, _depth + 1);
                if (message.latest != null && $Object.hasOwnProperty.call(message, "latest"))
                    object.latest = $root.google.protobuf.Timestamp.toObject(message.latest, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TimeWindow to JSON.
             * @function toJSON
             * @memberof csb.v1.TimeWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeWindow.prototype.toJSON = function() {
                return TimeWindow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeWindow
             * @function getTypeUrl
             * @memberof csb.v1.TimeWindow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeWindow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.TimeWindow";
            };

            return TimeWindow;
        })();

        v1.Money = (function() {

            /**
             * Properties of a Money.
             * @typedef {Object} csb.v1.Money.$Properties
             * @property {string|null} [currencyCode] Money currencyCode
             * @property {number|null} [amountMinor] Money amountMinor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Money.
             * @memberof csb.v1
             * @interface IMoney
             * @augments csb.v1.Money.$Properties
             * @deprecated Use csb.v1.Money.$Properties instead.
             */

            /**
             * Shape of a Money.
             * @typedef {csb.v1.Money.$Properties} csb.v1.Money.$Shape
             */

            /**
             * Constructs a new Money.
             * @memberof csb.v1
             * @classdesc Represents a Money.
             * @constructor
             * @param {csb.v1.Money.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Money = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Money currencyCode.
             * @member {string} currencyCode
             * @memberof csb.v1.Money
             * @instance
             */
            Money.prototype.currencyCode = "";

            /**
             * Money amountMinor.
             * @member {number} amountMinor
             * @memberof csb.v1.Money
             * @instance
             */
            Money.prototype.amountMinor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Money instance using the specified properties.
             * @function create
             * @memberof csb.v1.Money
             * @static
             * @param {csb.v1.Money.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Money} Money instance
             * @type {{
             *   (properties: csb.v1.Money.$Shape): csb.v1.Money & csb.v1.Money.$Shape;
             *   (properties?: csb.v1.Money.$Properties): csb.v1.Money;
             * }}
             */
            Money.create = function(properties) {
                return new Money(properties);
            };

            /**
             * Encodes the specified Money message. Does not implicitly {@link csb.v1.Money.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Money
             * @static
             * @param {csb.v1.Money.$Properties} message Money message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Money.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode") && message.currencyCode !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.currencyCode);
                if (message.amountMinor != null && $Object.hasOwnProperty.call(message, "amountMinor") && (typeof message.amountMinor === "object" ? message.amountMinor.low || message.amountMinor.high : message.amountMinor !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amountMinor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Money message, length delimited. Does not implicitly {@link csb.v1.Money.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Money
             * @static
             * @param {csb.v1.Money.$Properties} message Money message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Money.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Money message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Money
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Money & csb.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Money.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Money();
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
                                message.currencyCode = value;
                            else
                                delete message.currencyCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountMinor = value;
                            else
                                delete message.amountMinor;
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
             * Decodes a Money message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Money
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Money & csb.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Money.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Money message.
             * @function verify
             * @memberof csb.v1.Money
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Money.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode"))
                    if (!$util.isString(message.currencyCode))
                        return "currencyCode: string expected";
                if (message.amountMinor != null && $Object.hasOwnProperty.call(message, "amountMinor"))
                    if (!$util.isInteger(message.amountMinor) && !(message.amountMinor && $util.isInteger(message.amountMinor.low) && $util.isInteger(message.amountMinor.high)))
                        return "amountMinor: integer|Long expected";
                return null;
            };

            /**
             * Creates a Money message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Money
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Money} Money
             */
            Money.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Money)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Money: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Money();
                if (object.currencyCode != null)
                    if (typeof object.currencyCode !== "string" || object.currencyCode.length)
                        message.currencyCode = $String(object.currencyCode);
                if (object.amountMinor != null)
                    if (typeof object.amountMinor === "object" ? object.amountMinor.low || object.amountMinor.high : $Number(object.amountMinor) !== 0)
                        if ($util.Long)
                            message.amountMinor = $util.Long.fromValue(object.amountMinor, false);
                        else if (typeof object.amountMinor === "string")
                            message.amountMinor = $parseInt(object.amountMinor, 10);
                        else if (typeof object.amountMinor === "number")
                            message.amountMinor = object.amountMinor;
                        else if (typeof object.amountMinor === "object")
                            message.amountMinor = new $util.LongBits(object.amountMinor.low >>> 0, object.amountMinor.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Money message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Money
             * @static
             * @param {csb.v1.Money} message Money
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Money.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.currencyCode = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.amountMinor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountMinor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode"))
                    object.currencyCode = message.currencyCode;
                if (message.amountMinor != null && $Object.hasOwnProperty.call(message, "amountMinor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountMinor = typeof message.amountMinor === "number" ? $BigInt(message.amountMinor) : $util.Long.fromBits(message.amountMinor.low >>> 0, message.amountMinor.high >>> 0, false).toBigInt();
                    else if (typeof message.amountMinor === "number")
                        object.amountMinor = options.longs === $String ? $String(message.amountMinor) : message.amountMinor;
                    else
                        object.amountMinor = options.longs === $String ? $util.Long.prototype.toString.call(message.amountMinor) : options.longs === $Number ? new $util.LongBits(message.amountMinor.low >>> 0, message.amountMinor.high >>> 0).toNumber() : message.amountMinor;
                return object;
            };

            /**
             * Converts this Money to JSON.
             * @function toJSON
             * @memberof csb.v1.Money
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Money.prototype.toJSON = function() {
                return Money.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Money
             * @function getTypeUrl
             * @memberof csb.v1.Money
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Money.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Money";
            };

            return Money;
        })();

        v1.GeoPoint = (function() {

            /**
             * Properties of a GeoPoint.
             * @typedef {Object} csb.v1.GeoPoint.$Properties
             * @property {number|null} [latitude] GeoPoint latitude
             * @property {number|null} [longitude] GeoPoint longitude
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GeoPoint.
             * @memberof csb.v1
             * @interface IGeoPoint
             * @augments csb.v1.GeoPoint.$Properties
             * @deprecated Use csb.v1.GeoPoint.$Properties instead.
             */

            /**
             * Shape of a GeoPoint.
             * @typedef {csb.v1.GeoPoint.$Properties} csb.v1.GeoPoint.$Shape
             */

            /**
             * Constructs a new GeoPoint.
             * @memberof csb.v1
             * @classdesc Represents a GeoPoint.
             * @constructor
             * @param {csb.v1.GeoPoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GeoPoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GeoPoint latitude.
             * @member {number} latitude
             * @memberof csb.v1.GeoPoint
             * @instance
             */
            GeoPoint.prototype.latitude = 0;

            /**
             * GeoPoint longitude.
             * @member {number} longitude
             * @memberof csb.v1.GeoPoint
             * @instance
             */
            GeoPoint.prototype.longitude = 0;

            /**
             * Creates a new GeoPoint instance using the specified properties.
             * @function create
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {csb.v1.GeoPoint.$Properties=} [properties] Properties to set
             * @returns {csb.v1.GeoPoint} GeoPoint instance
             * @type {{
             *   (properties: csb.v1.GeoPoint.$Shape): csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape;
             *   (properties?: csb.v1.GeoPoint.$Properties): csb.v1.GeoPoint;
             * }}
             */
            GeoPoint.create = function(properties) {
                return new GeoPoint(properties);
            };

            /**
             * Encodes the specified GeoPoint message. Does not implicitly {@link csb.v1.GeoPoint.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {csb.v1.GeoPoint.$Properties} message GeoPoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GeoPoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude") && !$Object.is(message.latitude, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.latitude);
                if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude") && !$Object.is(message.longitude, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.longitude);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GeoPoint message, length delimited. Does not implicitly {@link csb.v1.GeoPoint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {csb.v1.GeoPoint.$Properties} message GeoPoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GeoPoint.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GeoPoint message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape} GeoPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GeoPoint.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.GeoPoint();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.latitude = value;
                            else
                                delete message.latitude;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.longitude = value;
                            else
                                delete message.longitude;
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
             * Decodes a GeoPoint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape} GeoPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GeoPoint.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GeoPoint message.
             * @function verify
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GeoPoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude"))
                    if (typeof message.latitude !== "number")
                        return "latitude: number expected";
                if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude"))
                    if (typeof message.longitude !== "number")
                        return "longitude: number expected";
                return null;
            };

            /**
             * Creates a GeoPoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.GeoPoint} GeoPoint
             */
            GeoPoint.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.GeoPoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.GeoPoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.GeoPoint();
                if (object.latitude != null)
                    if (!$Object.is($Number(object.latitude), 0))
                        message.latitude = $Number(object.latitude);
                if (object.longitude != null)
                    if (!$Object.is($Number(object.longitude), 0))
                        message.longitude = $Number(object.longitude);
                return message;
            };

            /**
             * Creates a plain object from a GeoPoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {csb.v1.GeoPoint} message GeoPoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GeoPoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.latitude = 0;
                    object.longitude = 0;
                }
                if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude"))
                    object.latitude = options.json && !$isFinite(message.latitude) ? $String(message.latitude) : message.latitude;
                if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude"))
                    object.longitude = options.json && !$isFinite(message.longitude) ? $String(message.longitude) : message.longitude;
                return object;
            };

            /**
             * Converts this GeoPoint to JSON.
             * @function toJSON
             * @memberof csb.v1.GeoPoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GeoPoint.prototype.toJSON = function() {
                return GeoPoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GeoPoint
             * @function getTypeUrl
             * @memberof csb.v1.GeoPoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GeoPoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.GeoPoint";
            };

            return GeoPoint;
        })();

        v1.PostalAddress = (function() {

            /**
             * Properties of a PostalAddress.
             * @typedef {Object} csb.v1.PostalAddress.$Properties
             * @property {string|null} [street] PostalAddress street
             * @property {string|null} [postalCode] PostalAddress postalCode
             * @property {string|null} [city] PostalAddress city
             * @property {string|null} [countryCode] PostalAddress countryCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PostalAddress.
             * @memberof csb.v1
             * @interface IPostalAddress
             * @augments csb.v1.PostalAddress.$Properties
             * @deprecated Use csb.v1.PostalAddress.$Properties instead.
             */

            /**
             * Shape of a PostalAddress.
             * @typedef {csb.v1.PostalAddress.$Properties} csb.v1.PostalAddress.$Shape
             */

            /**
             * Constructs a new PostalAddress.
             * @memberof csb.v1
             * @classdesc Represents a PostalAddress.
             * @constructor
             * @param {csb.v1.PostalAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PostalAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PostalAddress street.
             * @member {string} street
             * @memberof csb.v1.PostalAddress
             * @instance
             */
            PostalAddress.prototype.street = "";

            /**
             * PostalAddress postalCode.
             * @member {string} postalCode
             * @memberof csb.v1.PostalAddress
             * @instance
             */
            PostalAddress.prototype.postalCode = "";

            /**
             * PostalAddress city.
             * @member {string} city
             * @memberof csb.v1.PostalAddress
             * @instance
             */
            PostalAddress.prototype.city = "";

            /**
             * PostalAddress countryCode.
             * @member {string} countryCode
             * @memberof csb.v1.PostalAddress
             * @instance
             */
            PostalAddress.prototype.countryCode = "";

            /**
             * Creates a new PostalAddress instance using the specified properties.
             * @function create
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {csb.v1.PostalAddress.$Properties=} [properties] Properties to set
             * @returns {csb.v1.PostalAddress} PostalAddress instance
             * @type {{
             *   (properties: csb.v1.PostalAddress.$Shape): csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape;
             *   (properties?: csb.v1.PostalAddress.$Properties): csb.v1.PostalAddress;
             * }}
             */
            PostalAddress.create = function(properties) {
                return new PostalAddress(properties);
            };

            /**
             * Encodes the specified PostalAddress message. Does not implicitly {@link csb.v1.PostalAddress.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {csb.v1.PostalAddress.$Properties} message PostalAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostalAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.street != null && $Object.hasOwnProperty.call(message, "street") && message.street !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.street);
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode") && message.postalCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.postalCode);
                if (message.city != null && $Object.hasOwnProperty.call(message, "city") && message.city !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.city);
                if (message.countryCode != null && $Object.hasOwnProperty.call(message, "countryCode") && message.countryCode !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.countryCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PostalAddress message, length delimited. Does not implicitly {@link csb.v1.PostalAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {csb.v1.PostalAddress.$Properties} message PostalAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostalAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PostalAddress message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape} PostalAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostalAddress.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.PostalAddress();
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
                                message.street = value;
                            else
                                delete message.street;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.postalCode = value;
                            else
                                delete message.postalCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.city = value;
                            else
                                delete message.city;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.countryCode = value;
                            else
                                delete message.countryCode;
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
             * Decodes a PostalAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape} PostalAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostalAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PostalAddress message.
             * @function verify
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PostalAddress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.street != null && $Object.hasOwnProperty.call(message, "street"))
                    if (!$util.isString(message.street))
                        return "street: string expected";
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode"))
                    if (!$util.isString(message.postalCode))
                        return "postalCode: string expected";
                if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                    if (!$util.isString(message.city))
                        return "city: string expected";
                if (message.countryCode != null && $Object.hasOwnProperty.call(message, "countryCode"))
                    if (!$util.isString(message.countryCode))
                        return "countryCode: string expected";
                return null;
            };

            /**
             * Creates a PostalAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.PostalAddress} PostalAddress
             */
            PostalAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.PostalAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.PostalAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.PostalAddress();
                if (object.street != null)
                    if (typeof object.street !== "string" || object.street.length)
                        message.street = $String(object.street);
                if (object.postalCode != null)
                    if (typeof object.postalCode !== "string" || object.postalCode.length)
                        message.postalCode = $String(object.postalCode);
                if (object.city != null)
                    if (typeof object.city !== "string" || object.city.length)
                        message.city = $String(object.city);
                if (object.countryCode != null)
                    if (typeof object.countryCode !== "string" || object.countryCode.length)
                        message.countryCode = $String(object.countryCode);
                return message;
            };

            /**
             * Creates a plain object from a PostalAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {csb.v1.PostalAddress} message PostalAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PostalAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.street = "";
                    object.postalCode = "";
                    object.city = "";
                    object.countryCode = "";
                }
                if (message.street != null && $Object.hasOwnProperty.call(message, "street"))
                    object.street = message.street;
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode"))
                    object.postalCode = message.postalCode;
                if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                    object.city = message.city;
                if (message.countryCode != null && $Object.hasOwnProperty.call(message, "countryCode"))
                    object.countryCode = message.countryCode;
                return object;
            };

            /**
             * Converts this PostalAddress to JSON.
             * @function toJSON
             * @memberof csb.v1.PostalAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PostalAddress.prototype.toJSON = function() {
                return PostalAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PostalAddress
             * @function getTypeUrl
             * @memberof csb.v1.PostalAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PostalAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.PostalAddress";
            };

            return PostalAddress;
        })();

        v1.Dealer = (function() {

            /**
             * Properties of a Dealer.
             * @typedef {Object} csb.v1.Dealer.$Properties
             * @property {string|null} [dealerId] Dealer dealerId
             * @property {string|null} [name] Dealer name
             * @property {string|null} [phone] Dealer phone
             * @property {csb.v1.PostalAddress.$Properties|null} [address] Dealer address
             * @property {csb.v1.GeoPoint.$Properties|null} [location] Dealer location
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dealer.
             * @memberof csb.v1
             * @interface IDealer
             * @augments csb.v1.Dealer.$Properties
             * @deprecated Use csb.v1.Dealer.$Properties instead.
             */

            /**
             * Shape of a Dealer.
             * @typedef {csb.v1.Dealer.$Properties} csb.v1.Dealer.$Shape
             */

            /**
             * Constructs a new Dealer.
             * @memberof csb.v1
             * @classdesc Represents a Dealer.
             * @constructor
             * @param {csb.v1.Dealer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dealer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dealer dealerId.
             * @member {string} dealerId
             * @memberof csb.v1.Dealer
             * @instance
             */
            Dealer.prototype.dealerId = "";

            /**
             * Dealer name.
             * @member {string} name
             * @memberof csb.v1.Dealer
             * @instance
             */
            Dealer.prototype.name = "";

            /**
             * Dealer phone.
             * @member {string} phone
             * @memberof csb.v1.Dealer
             * @instance
             */
            Dealer.prototype.phone = "";

            /**
             * Dealer address.
             * @member {csb.v1.PostalAddress.$Properties|null|undefined} address
             * @memberof csb.v1.Dealer
             * @instance
             */
            Dealer.prototype.address = null;

            /**
             * Dealer location.
             * @member {csb.v1.GeoPoint.$Properties|null|undefined} location
             * @memberof csb.v1.Dealer
             * @instance
             */
            Dealer.prototype.location = null;

            /**
             * Creates a new Dealer instance using the specified properties.
             * @function create
             * @memberof csb.v1.Dealer
             * @static
             * @param {csb.v1.Dealer.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Dealer} Dealer instance
             * @type {{
             *   (properties: csb.v1.Dealer.$Shape): csb.v1.Dealer & csb.v1.Dealer.$Shape;
             *   (properties?: csb.v1.Dealer.$Properties): csb.v1.Dealer;
             * }}
             */
            Dealer.create = function(properties) {
                return new Dealer(properties);
            };

            /**
             * Encodes the specified Dealer message. Does not implicitly {@link csb.v1.Dealer.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Dealer
             * @static
             * @param {csb.v1.Dealer.$Properties} message Dealer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dealer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dealerId != null && $Object.hasOwnProperty.call(message, "dealerId") && message.dealerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dealerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.phone != null && $Object.hasOwnProperty.call(message, "phone") && message.phone !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.phone);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    $root.csb.v1.PostalAddress.encode(message.address, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.csb.v1.GeoPoint.encode(message.location, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Dealer message, length delimited. Does not implicitly {@link csb.v1.Dealer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Dealer
             * @static
             * @param {csb.v1.Dealer.$Properties} message Dealer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dealer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Dealer message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Dealer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Dealer & csb.v1.Dealer.$Shape} Dealer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dealer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Dealer();
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
                                message.dealerId = value;
                            else
                                delete message.dealerId;
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phone = value;
                            else
                                delete message.phone;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.address = $root.csb.v1.PostalAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.address);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.csb.v1.GeoPoint.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
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
             * Decodes a Dealer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Dealer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Dealer & csb.v1.Dealer.$Shape} Dealer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dealer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Dealer message.
             * @function verify
             * @memberof csb.v1.Dealer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Dealer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dealerId != null && $Object.hasOwnProperty.call(message, "dealerId"))
                    if (!$util.isString(message.dealerId))
                        return "dealerId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.phone != null && $Object.hasOwnProperty.call(message, "phone"))
                    if (!$util.isString(message.phone))
                        return "phone: string expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    let error = $root.csb.v1.PostalAddress.verify(message.address, _depth + 1);
                    if (error)
                        return "address." + error;
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    let error = $root.csb.v1.GeoPoint.verify(message.location, _depth + 1);
                    if (error)
                        return "location." + error;
                }
                return null;
            };

            /**
             * Creates a Dealer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Dealer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Dealer} Dealer
             */
            Dealer.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Dealer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Dealer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Dealer();
                if (object.dealerId != null)
                    if (typeof object.dealerId !== "string" || object.dealerId.length)
                        message.dealerId = $String(object.dealerId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.phone != null)
                    if (typeof object.phone !== "string" || object.phone.length)
                        message.phone = $String(object.phone);
                if (object.address != null) {
                    if (!$util.isObject(object.address))
                        throw $TypeError(".csb.v1.Dealer.address: object expected");
                    message.address = $root.csb.v1.PostalAddress.fromObject(object.address, _depth + 1);
                }
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".csb.v1.Dealer.location: object expected");
                    message.location = $root.csb.v1.GeoPoint.fromObject(object.location, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Dealer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Dealer
             * @static
             * @param {csb.v1.Dealer} message Dealer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dealer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dealerId = "";
                    object.name = "";
                    object.phone = "";
                    object.address = null;
                    object.location = null;
                }
                if (message.dealerId != null && $Object.hasOwnProperty.call(message, "dealerId"))
                    object.dealerId = message.dealerId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.phone != null && $Object.hasOwnProperty.call(message, "phone"))
                    object.phone = message.phone;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = $root.csb.v1.PostalAddress.toObject(message.address, options, _depth + 1);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = $root.csb.v1.GeoPoint.toObject(message.location, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Dealer to JSON.
             * @function toJSON
             * @memberof csb.v1.Dealer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dealer.prototype.toJSON = function() {
                return Dealer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Dealer
             * @function getTypeUrl
             * @memberof csb.v1.Dealer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dealer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Dealer";
            };

            return Dealer;
        })();

        v1.DownlinkEnvelope = (function() {

            /**
             * Properties of a DownlinkEnvelope.
             * @typedef {Object} csb.v1.DownlinkEnvelope.$Properties
             * @property {string|null} [messageId] DownlinkEnvelope messageId
             * @property {google.protobuf.Timestamp.$Properties|null} [sentAt] DownlinkEnvelope sentAt
             * @property {csb.v1.UplinkResult.$Properties|null} [uplinkResult] DownlinkEnvelope uplinkResult
             * @property {csb.v1.Proposal.$Properties|null} [proposal] DownlinkEnvelope proposal
             * @property {csb.v1.Confirmation.$Properties|null} [confirmation] DownlinkEnvelope confirmation
             * @property {csb.v1.AppointmentList.$Properties|null} [appointmentList] DownlinkEnvelope appointmentList
             * @property {csb.v1.Reminder.$Properties|null} [reminder] DownlinkEnvelope reminder
             * @property {csb.v1.NavigationTarget.$Properties|null} [navigationTarget] DownlinkEnvelope navigationTarget
             * @property {csb.v1.AppointmentCancelled.$Properties|null} [appointmentCancelled] DownlinkEnvelope appointmentCancelled
             * @property {"uplinkResult"|"proposal"|"confirmation"|"appointmentList"|"reminder"|"navigationTarget"|"appointmentCancelled"} [body] DownlinkEnvelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DownlinkEnvelope.
             * @memberof csb.v1
             * @interface IDownlinkEnvelope
             * @augments csb.v1.DownlinkEnvelope.$Properties
             * @deprecated Use csb.v1.DownlinkEnvelope.$Properties instead.
             */

            /**
             * Narrowed shape of a DownlinkEnvelope.
             * @typedef {{
             *   messageId?: string|null;
             *   sentAt?: google.protobuf.Timestamp.$Shape|null;
             *   uplinkResult?: csb.v1.UplinkResult.$Shape|null;
             *   proposal?: csb.v1.Proposal.$Shape|null;
             *   confirmation?: csb.v1.Confirmation.$Shape|null;
             *   appointmentList?: csb.v1.AppointmentList.$Shape|null;
             *   reminder?: csb.v1.Reminder.$Shape|null;
             *   navigationTarget?: csb.v1.NavigationTarget.$Shape|null;
             *   appointmentCancelled?: csb.v1.AppointmentCancelled.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "uplinkResult"; uplinkResult: csb.v1.UplinkResult.$Shape; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "proposal"; uplinkResult?: null; proposal: csb.v1.Proposal.$Shape; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "confirmation"; uplinkResult?: null; proposal?: null; confirmation: csb.v1.Confirmation.$Shape; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "appointmentList"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList: csb.v1.AppointmentList.$Shape; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "reminder"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder: csb.v1.Reminder.$Shape; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "navigationTarget"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget: csb.v1.NavigationTarget.$Shape; appointmentCancelled?: null }|{ body?: "appointmentCancelled"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled: csb.v1.AppointmentCancelled.$Shape })
             * )} csb.v1.DownlinkEnvelope.$Shape
             */

            /**
             * Constructs a new DownlinkEnvelope.
             * @memberof csb.v1
             * @classdesc Represents a DownlinkEnvelope.
             * @constructor
             * @param {csb.v1.DownlinkEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DownlinkEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DownlinkEnvelope messageId.
             * @member {string} messageId
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.messageId = "";

            /**
             * DownlinkEnvelope sentAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} sentAt
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.sentAt = null;

            /**
             * DownlinkEnvelope uplinkResult.
             * @member {csb.v1.UplinkResult.$Properties|null|undefined} uplinkResult
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.uplinkResult = null;

            /**
             * DownlinkEnvelope proposal.
             * @member {csb.v1.Proposal.$Properties|null|undefined} proposal
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.proposal = null;

            /**
             * DownlinkEnvelope confirmation.
             * @member {csb.v1.Confirmation.$Properties|null|undefined} confirmation
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.confirmation = null;

            /**
             * DownlinkEnvelope appointmentList.
             * @member {csb.v1.AppointmentList.$Properties|null|undefined} appointmentList
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.appointmentList = null;

            /**
             * DownlinkEnvelope reminder.
             * @member {csb.v1.Reminder.$Properties|null|undefined} reminder
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.reminder = null;

            /**
             * DownlinkEnvelope navigationTarget.
             * @member {csb.v1.NavigationTarget.$Properties|null|undefined} navigationTarget
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.navigationTarget = null;

            /**
             * DownlinkEnvelope appointmentCancelled.
             * @member {csb.v1.AppointmentCancelled.$Properties|null|undefined} appointmentCancelled
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            DownlinkEnvelope.prototype.appointmentCancelled = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DownlinkEnvelope body.
             * @member {"uplinkResult"|"proposal"|"confirmation"|"appointmentList"|"reminder"|"navigationTarget"|"appointmentCancelled"|undefined} body
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             */
            $Object.defineProperty(DownlinkEnvelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["uplinkResult", "proposal", "confirmation", "appointmentList", "reminder", "navigationTarget", "appointmentCancelled"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new DownlinkEnvelope instance using the specified properties.
             * @function create
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {csb.v1.DownlinkEnvelope.$Properties=} [properties] Properties to set
             * @returns {csb.v1.DownlinkEnvelope} DownlinkEnvelope instance
             * @type {{
             *   (properties: csb.v1.DownlinkEnvelope.$Shape): csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape;
             *   (properties?: csb.v1.DownlinkEnvelope.$Properties): csb.v1.DownlinkEnvelope;
             * }}
             */
            DownlinkEnvelope.create = function(properties) {
                return new DownlinkEnvelope(properties);
            };

            /**
             * Encodes the specified DownlinkEnvelope message. Does not implicitly {@link csb.v1.DownlinkEnvelope.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {csb.v1.DownlinkEnvelope.$Properties} message DownlinkEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DownlinkEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    $root.google.protobuf.Timestamp.encode(message.sentAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.uplinkResult != null && $Object.hasOwnProperty.call(message, "uplinkResult"))
                    $root.csb.v1.UplinkResult.encode(message.uplinkResult, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                    $root.csb.v1.Proposal.encode(message.proposal, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation"))
                    $root.csb.v1.Confirmation.encode(message.confirmation, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.appointmentList != null && $Object.hasOwnProperty.call(message, "appointmentList"))
                    $root.csb.v1.AppointmentList.encode(message.appointmentList, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.reminder != null && $Object.hasOwnProperty.call(message, "reminder"))
                    $root.csb.v1.Reminder.encode(message.reminder, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.navigationTarget != null && $Object.hasOwnProperty.call(message, "navigationTarget"))
                    $root.csb.v1.NavigationTarget.encode(message.navigationTarget, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.appointmentCancelled != null && $Object.hasOwnProperty.call(message, "appointmentCancelled"))
                    $root.csb.v1.AppointmentCancelled.encode(message.appointmentCancelled, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DownlinkEnvelope message, length delimited. Does not implicitly {@link csb.v1.DownlinkEnvelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {csb.v1.DownlinkEnvelope.$Properties} message DownlinkEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DownlinkEnvelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DownlinkEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape} DownlinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DownlinkEnvelope.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.DownlinkEnvelope();
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
                            message.sentAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.sentAt);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.uplinkResult = $root.csb.v1.UplinkResult.decode(reader, reader.size(), $undefined, _depth + 1, message.uplinkResult);
                            message.body = "uplinkResult";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.proposal = $root.csb.v1.Proposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                            message.body = "proposal";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.confirmation = $root.csb.v1.Confirmation.decode(reader, reader.size(), $undefined, _depth + 1, message.confirmation);
                            message.body = "confirmation";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.appointmentList = $root.csb.v1.AppointmentList.decode(reader, reader.size(), $undefined, _depth + 1, message.appointmentList);
                            message.body = "appointmentList";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.reminder = $root.csb.v1.Reminder.decode(reader, reader.size(), $undefined, _depth + 1, message.reminder);
                            message.body = "reminder";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.navigationTarget = $root.csb.v1.NavigationTarget.decode(reader, reader.size(), $undefined, _depth + 1, message.navigationTarget);
                            message.body = "navigationTarget";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.appointmentCancelled = $root.csb.v1.AppointmentCancelled.decode(reader, reader.size(), $undefined, _depth + 1, message.appointmentCancelled);
                            message.body = "appointmentCancelled";
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
             * Decodes a DownlinkEnvelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape} DownlinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DownlinkEnvelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DownlinkEnvelope message.
             * @function verify
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DownlinkEnvelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.sentAt, _depth + 1);
                    if (error)
                        return "sentAt." + error;
                }
                if (message.uplinkResult != null && $Object.hasOwnProperty.call(message, "uplinkResult")) {
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.UplinkResult.verify(message.uplinkResult, _depth + 1);
                        if (error)
                            return "uplinkResult." + error;
                    }
                }
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.Proposal.verify(message.proposal, _depth + 1);
                        if (error)
                            return "proposal." + error;
                    }
                }
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.Confirmation.verify(message.confirmation, _depth + 1);
                        if (error)
                            return "confirmation." + error;
                    }
                }
                if (message.appointmentList != null && $Object.hasOwnProperty.call(message, "appointmentList")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.AppointmentList.verify(message.appointmentList, _depth + 1);
                        if (error)
                            return "appointmentList." + error;
                    }
                }
                if (message.reminder != null && $Object.hasOwnProperty.call(message, "reminder")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.Reminder.verify(message.reminder, _depth + 1);
                        if (error)
                            return "reminder." + error;
                    }
                }
                if (message.navigationTarget != null && $Object.hasOwnProperty.call(message, "navigationTarget")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.NavigationTarget.verify(message.navigationTarget, _depth + 1);
                        if (error)
                            return "navigationTarget." + error;
                    }
                }
                if (message.appointmentCancelled != null && $Object.hasOwnProperty.call(message, "appointmentCancelled")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.AppointmentCancelled.verify(message.appointmentCancelled, _depth + 1);
                        if (error)
                            return "appointmentCancelled." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a DownlinkEnvelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.DownlinkEnvelope} DownlinkEnvelope
             */
            DownlinkEnvelope.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.DownlinkEnvelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.DownlinkEnvelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.DownlinkEnvelope();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.sentAt != null) {
                    if (!$util.isObject(object.sentAt))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.sentAt: object expected");
                    message.sentAt = $root.google.protobuf.Timestamp.fromObject(object.sentAt, _depth + 1);
                }
                if (object.uplinkResult != null) {
                    if (!$util.isObject(object.uplinkResult))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.uplinkResult: object expected");
                    message.uplinkResult = $root.csb.v1.UplinkResult.fromObject(object.uplinkResult, _depth + 1);
                }
                if (object.proposal != null) {
                    if (!$util.isObject(object.proposal))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.proposal: object expected");
                    message.proposal = $root.csb.v1.Proposal.fromObject(object.proposal, _depth + 1);
                }
                if (object.confirmation != null) {
                    if (!$util.isObject(object.confirmation))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.confirmation: object expected");
                    message.confirmation = $root.csb.v1.Confirmation.fromObject(object.confirmation, _depth + 1);
                }
                if (object.appointmentList != null) {
                    if (!$util.isObject(object.appointmentList))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.appointmentList: object expected");
                    message.appointmentList = $root.csb.v1.AppointmentList.fromObject(object.appointmentList, _depth + 1);
                }
                if (object.reminder != null) {
                    if (!$util.isObject(object.reminder))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.reminder: object expected");
                    message.reminder = $root.csb.v1.Reminder.fromObject(object.reminder, _depth + 1);
                }
                if (object.navigationTarget != null) {
                    if (!$util.isObject(object.navigationTarget))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.navigationTarget: object expected");
                    message.navigationTarget = $root.csb.v1.NavigationTarget.fromObject(object.navigationTarget, _depth + 1);
                }
                if (object.appointmentCancelled != null) {
                    if (!$util.isObject(object.appointmentCancelled))
                        throw $TypeError(".csb.v1.DownlinkEnvelope.appointmentCancelled: object expected");
                    message.appointmentCancelled = $root.csb.v1.AppointmentCancelled.fromObject(object.appointmentCancelled, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DownlinkEnvelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {csb.v1.DownlinkEnvelope} message DownlinkEnvelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DownlinkEnvelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.sentAt = null;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    object.sentAt = $root.google.protobuf.Timestamp.toObject(message.sentAt, options, _depth + 1);
                if (message.uplinkResult != null && $Object.hasOwnProperty.call(message, "uplinkResult")) {
                    object.uplinkResult = $root.csb.v1.UplinkResult.toObject(message.uplinkResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "uplinkResult";
                }
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal")) {
                    object.proposal = $root.csb.v1.Proposal.toObject(message.proposal, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "proposal";
                }
                if (message.confirmation != null && $Object.hasOwnProperty.call(message, "confirmation")) {
                    object.confirmation = $root.csb.v1.Confirmation.toObject(message.confirmation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "confirmation";
                }
                if (message.appointmentList != null && $Object.hasOwnProperty.call(message, "appointmentList")) {
                    object.appointmentList = $root.csb.v1.AppointmentList.toObject(message.appointmentList, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "appointmentList";
                }
                if (message.reminder != null && $Object.hasOwnProperty.call(message, "reminder")) {
                    object.reminder = $root.csb.v1.Reminder.toObject(message.reminder, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reminder";
                }
                if (message.navigationTarget != null && $Object.hasOwnProperty.call(message, "navigationTarget")) {
                    object.navigationTarget = $root.csb.v1.NavigationTarget.toObject(message.navigationTarget, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "navigationTarget";
                }
                if (message.appointmentCancelled != null && $Object.hasOwnProperty.call(message, "appointmentCancelled")) {
                    object.appointmentCancelled = $root.csb.v1.AppointmentCancelled.toObject(message.appointmentCancelled, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "appointmentCancelled";
                }
                return object;
            };

            /**
             * Converts this DownlinkEnvelope to JSON.
             * @function toJSON
             * @memberof csb.v1.DownlinkEnvelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DownlinkEnvelope.prototype.toJSON = function() {
                return DownlinkEnvelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DownlinkEnvelope
             * @function getTypeUrl
             * @memberof csb.v1.DownlinkEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DownlinkEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.DownlinkEnvelope";
            };

            return DownlinkEnvelope;
        })();

        v1.UplinkResult = (function() {

            /**
             * Properties of an UplinkResult.
             * @typedef {Object} csb.v1.UplinkResult.$Properties
             * @property {string|null} [uplinkMessageId] UplinkResult uplinkMessageId
             * @property {csb.v1.Accepted.$Properties|null} [accepted] UplinkResult accepted
             * @property {csb.v1.Rejected.$Properties|null} [rejected] UplinkResult rejected
             * @property {"accepted"|"rejected"} [outcome] UplinkResult outcome
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UplinkResult.
             * @memberof csb.v1
             * @interface IUplinkResult
             * @augments csb.v1.UplinkResult.$Properties
             * @deprecated Use csb.v1.UplinkResult.$Properties instead.
             */

            /**
             * Narrowed shape of an UplinkResult.
             * @typedef {{
             *   uplinkMessageId?: string|null;
             *   accepted?: csb.v1.Accepted.$Shape|null;
             *   rejected?: csb.v1.Rejected.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ outcome?: undefined; accepted?: null; rejected?: null }|{ outcome?: "accepted"; accepted: csb.v1.Accepted.$Shape; rejected?: null }|{ outcome?: "rejected"; accepted?: null; rejected: csb.v1.Rejected.$Shape })
             * )} csb.v1.UplinkResult.$Shape
             */

            /**
             * Constructs a new UplinkResult.
             * @memberof csb.v1
             * @classdesc Represents an UplinkResult.
             * @constructor
             * @param {csb.v1.UplinkResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UplinkResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UplinkResult uplinkMessageId.
             * @member {string} uplinkMessageId
             * @memberof csb.v1.UplinkResult
             * @instance
             */
            UplinkResult.prototype.uplinkMessageId = "";

            /**
             * UplinkResult accepted.
             * @member {csb.v1.Accepted.$Properties|null|undefined} accepted
             * @memberof csb.v1.UplinkResult
             * @instance
             */
            UplinkResult.prototype.accepted = null;

            /**
             * UplinkResult rejected.
             * @member {csb.v1.Rejected.$Properties|null|undefined} rejected
             * @memberof csb.v1.UplinkResult
             * @instance
             */
            UplinkResult.prototype.rejected = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * UplinkResult outcome.
             * @member {"accepted"|"rejected"|undefined} outcome
             * @memberof csb.v1.UplinkResult
             * @instance
             */
            $Object.defineProperty(UplinkResult.prototype, "outcome", {
                get: $util.oneOfGetter($oneOfFields = ["accepted", "rejected"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UplinkResult instance using the specified properties.
             * @function create
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {csb.v1.UplinkResult.$Properties=} [properties] Properties to set
             * @returns {csb.v1.UplinkResult} UplinkResult instance
             * @type {{
             *   (properties: csb.v1.UplinkResult.$Shape): csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape;
             *   (properties?: csb.v1.UplinkResult.$Properties): csb.v1.UplinkResult;
             * }}
             */
            UplinkResult.create = function(properties) {
                return new UplinkResult(properties);
            };

            /**
             * Encodes the specified UplinkResult message. Does not implicitly {@link csb.v1.UplinkResult.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {csb.v1.UplinkResult.$Properties} message UplinkResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uplinkMessageId != null && $Object.hasOwnProperty.call(message, "uplinkMessageId") && message.uplinkMessageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uplinkMessageId);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    $root.csb.v1.Accepted.encode(message.accepted, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected"))
                    $root.csb.v1.Rejected.encode(message.rejected, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UplinkResult message, length delimited. Does not implicitly {@link csb.v1.UplinkResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {csb.v1.UplinkResult.$Properties} message UplinkResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UplinkResult message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape} UplinkResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.UplinkResult();
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
                                message.uplinkMessageId = value;
                            else
                                delete message.uplinkMessageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.accepted = $root.csb.v1.Accepted.decode(reader, reader.size(), $undefined, _depth + 1, message.accepted);
                            message.outcome = "accepted";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.rejected = $root.csb.v1.Rejected.decode(reader, reader.size(), $undefined, _depth + 1, message.rejected);
                            message.outcome = "rejected";
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
             * Decodes an UplinkResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape} UplinkResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UplinkResult message.
             * @function verify
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UplinkResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.uplinkMessageId != null && $Object.hasOwnProperty.call(message, "uplinkMessageId"))
                    if (!$util.isString(message.uplinkMessageId))
                        return "uplinkMessageId: string expected";
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted")) {
                    properties.outcome = 1;
                    {
                        let error = $root.csb.v1.Accepted.verify(message.accepted, _depth + 1);
                        if (error)
                            return "accepted." + error;
                    }
                }
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected")) {
                    if (properties.outcome === 1)
                        return "outcome: multiple values";
                    properties.outcome = 1;
                    {
                        let error = $root.csb.v1.Rejected.verify(message.rejected, _depth + 1);
                        if (error)
                            return "rejected." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an UplinkResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.UplinkResult} UplinkResult
             */
            UplinkResult.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.UplinkResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.UplinkResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.UplinkResult();
                if (object.uplinkMessageId != null)
                    if (typeof object.uplinkMessageId !== "string" || object.uplinkMessageId.length)
                        message.uplinkMessageId = $String(object.uplinkMessageId);
                if (object.accepted != null) {
                    if (!$util.isObject(object.accepted))
                        throw $TypeError(".csb.v1.UplinkResult.accepted: object expected");
                    message.accepted = $root.csb.v1.Accepted.fromObject(object.accepted, _depth + 1);
                }
                if (object.rejected != null) {
                    if (!$util.isObject(object.rejected))
                        throw $TypeError(".csb.v1.UplinkResult.rejected: object expected");
                    message.rejected = $root.csb.v1.Rejected.fromObject(object.rejected, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an UplinkResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {csb.v1.UplinkResult} message UplinkResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UplinkResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.uplinkMessageId = "";
                if (message.uplinkMessageId != null && $Object.hasOwnProperty.call(message, "uplinkMessageId"))
                    object.uplinkMessageId = message.uplinkMessageId;
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted")) {
                    object.accepted = $root.csb.v1.Accepted.toObject(message.accepted, options, _depth + 1);
                    if (options.oneofs)
                        object.outcome = "accepted";
                }
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected")) {
                    object.rejected = $root.csb.v1.Rejected.toObject(message.rejected, options, _depth + 1);
                    if (options.oneofs)
                        object.outcome = "rejected";
                }
                return object;
            };

            /**
             * Converts this UplinkResult to JSON.
             * @function toJSON
             * @memberof csb.v1.UplinkResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UplinkResult.prototype.toJSON = function() {
                return UplinkResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UplinkResult
             * @function getTypeUrl
             * @memberof csb.v1.UplinkResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UplinkResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.UplinkResult";
            };

            return UplinkResult;
        })();

        v1.Accepted = (function() {

            /**
             * Properties of an Accepted.
             * @typedef {Object} csb.v1.Accepted.$Properties
             * @property {string|null} [appointmentId] Accepted appointmentId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accepted.
             * @memberof csb.v1
             * @interface IAccepted
             * @augments csb.v1.Accepted.$Properties
             * @deprecated Use csb.v1.Accepted.$Properties instead.
             */

            /**
             * Shape of an Accepted.
             * @typedef {csb.v1.Accepted.$Properties} csb.v1.Accepted.$Shape
             */

            /**
             * Constructs a new Accepted.
             * @memberof csb.v1
             * @classdesc Represents an Accepted.
             * @constructor
             * @param {csb.v1.Accepted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accepted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Accepted appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.Accepted
             * @instance
             */
            Accepted.prototype.appointmentId = "";

            /**
             * Creates a new Accepted instance using the specified properties.
             * @function create
             * @memberof csb.v1.Accepted
             * @static
             * @param {csb.v1.Accepted.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Accepted} Accepted instance
             * @type {{
             *   (properties: csb.v1.Accepted.$Shape): csb.v1.Accepted & csb.v1.Accepted.$Shape;
             *   (properties?: csb.v1.Accepted.$Properties): csb.v1.Accepted;
             * }}
             */
            Accepted.create = function(properties) {
                return new Accepted(properties);
            };

            /**
             * Encodes the specified Accepted message. Does not implicitly {@link csb.v1.Accepted.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Accepted
             * @static
             * @param {csb.v1.Accepted.$Properties} message Accepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accepted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Accepted message, length delimited. Does not implicitly {@link csb.v1.Accepted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Accepted
             * @static
             * @param {csb.v1.Accepted.$Properties} message Accepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accepted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Accepted message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Accepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Accepted & csb.v1.Accepted.$Shape} Accepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accepted.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Accepted();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
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
             * Decodes an Accepted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Accepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Accepted & csb.v1.Accepted.$Shape} Accepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accepted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Accepted message.
             * @function verify
             * @memberof csb.v1.Accepted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Accepted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                return null;
            };

            /**
             * Creates an Accepted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Accepted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Accepted} Accepted
             */
            Accepted.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Accepted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Accepted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Accepted();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                return message;
            };

            /**
             * Creates a plain object from an Accepted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Accepted
             * @static
             * @param {csb.v1.Accepted} message Accepted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accepted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.appointmentId = "";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                return object;
            };

            /**
             * Converts this Accepted to JSON.
             * @function toJSON
             * @memberof csb.v1.Accepted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accepted.prototype.toJSON = function() {
                return Accepted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Accepted
             * @function getTypeUrl
             * @memberof csb.v1.Accepted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Accepted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Accepted";
            };

            return Accepted;
        })();

        v1.Rejected = (function() {

            /**
             * Properties of a Rejected.
             * @typedef {Object} csb.v1.Rejected.$Properties
             * @property {csb.v1.RejectionCode|null} [code] Rejected code
             * @property {string|null} [message] Rejected message
             * @property {boolean|null} [retryable] Rejected retryable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rejected.
             * @memberof csb.v1
             * @interface IRejected
             * @augments csb.v1.Rejected.$Properties
             * @deprecated Use csb.v1.Rejected.$Properties instead.
             */

            /**
             * Shape of a Rejected.
             * @typedef {csb.v1.Rejected.$Properties} csb.v1.Rejected.$Shape
             */

            /**
             * Constructs a new Rejected.
             * @memberof csb.v1
             * @classdesc Represents a Rejected.
             * @constructor
             * @param {csb.v1.Rejected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rejected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Rejected code.
             * @member {csb.v1.RejectionCode} code
             * @memberof csb.v1.Rejected
             * @instance
             */
            Rejected.prototype.code = 0;

            /**
             * Rejected message.
             * @member {string} message
             * @memberof csb.v1.Rejected
             * @instance
             */
            Rejected.prototype.message = "";

            /**
             * Rejected retryable.
             * @member {boolean} retryable
             * @memberof csb.v1.Rejected
             * @instance
             */
            Rejected.prototype.retryable = false;

            /**
             * Creates a new Rejected instance using the specified properties.
             * @function create
             * @memberof csb.v1.Rejected
             * @static
             * @param {csb.v1.Rejected.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Rejected} Rejected instance
             * @type {{
             *   (properties: csb.v1.Rejected.$Shape): csb.v1.Rejected & csb.v1.Rejected.$Shape;
             *   (properties?: csb.v1.Rejected.$Properties): csb.v1.Rejected;
             * }}
             */
            Rejected.create = function(properties) {
                return new Rejected(properties);
            };

            /**
             * Encodes the specified Rejected message. Does not implicitly {@link csb.v1.Rejected.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Rejected
             * @static
             * @param {csb.v1.Rejected.$Properties} message Rejected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Rejected message, length delimited. Does not implicitly {@link csb.v1.Rejected.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Rejected
             * @static
             * @param {csb.v1.Rejected.$Properties} message Rejected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejected.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Rejected message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Rejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Rejected & csb.v1.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejected.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Rejected();
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
             * Decodes a Rejected message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Rejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Rejected & csb.v1.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejected.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Rejected message.
             * @function verify
             * @memberof csb.v1.Rejected
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Rejected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                return null;
            };

            /**
             * Creates a Rejected message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Rejected
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Rejected} Rejected
             */
            Rejected.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Rejected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Rejected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Rejected();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.csb.v1.RejectionCode[object.code] !== 0))
                    switch (object.code) {
                    case "REJECTION_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "REJECTION_CODE_PAYLOAD_TOO_LARGE":
                    case 1:
                        message.code = 1;
                        break;
                    case "REJECTION_CODE_UNDECODABLE":
                    case 2:
                        message.code = 2;
                        break;
                    case "REJECTION_CODE_INVALID_MESSAGE":
                    case 3:
                        message.code = 3;
                        break;
                    case "REJECTION_CODE_TOPIC_MISMATCH":
                    case 4:
                        message.code = 4;
                        break;
                    case "REJECTION_CODE_UNKNOWN_BODY":
                    case 5:
                        message.code = 5;
                        break;
                    case "REJECTION_CODE_NO_PREFERRED_DEALER":
                    case 10:
                        message.code = 10;
                        break;
                    case "REJECTION_CODE_CONSENT_MISSING":
                    case 11:
                        message.code = 11;
                        break;
                    case "REJECTION_CODE_APPOINTMENT_NOT_FOUND":
                    case 12:
                        message.code = 12;
                        break;
                    case "REJECTION_CODE_INVALID_TRANSITION":
                    case 13:
                        message.code = 13;
                        break;
                    case "REJECTION_CODE_PROPOSAL_SUPERSEDED":
                    case 14:
                        message.code = 14;
                        break;
                    case "REJECTION_CODE_NO_PRIMARY_DRIVER":
                    case 15:
                        message.code = 15;
                        break;
                    case "REJECTION_CODE_RATE_LIMITED":
                    case 20:
                        message.code = 20;
                        break;
                    case "REJECTION_CODE_TEMPORARILY_UNAVAILABLE":
                    case 30:
                        message.code = 30;
                        break;
                    case "REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS":
                    case 16:
                        message.code = 16;
                        break;
                    case "REJECTION_CODE_PROPOSAL_EXPIRED":
                    case 17:
                        message.code = 17;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                return message;
            };

            /**
             * Creates a plain object from a Rejected message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Rejected
             * @static
             * @param {csb.v1.Rejected} message Rejected
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rejected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "REJECTION_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.retryable = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.csb.v1.RejectionCode[message.code] === $undefined ? message.code : $root.csb.v1.RejectionCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                return object;
            };

            /**
             * Converts this Rejected to JSON.
             * @function toJSON
             * @memberof csb.v1.Rejected
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rejected.prototype.toJSON = function() {
                return Rejected.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Rejected
             * @function getTypeUrl
             * @memberof csb.v1.Rejected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rejected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Rejected";
            };

            return Rejected;
        })();

        /**
         * RejectionCode enum.
         * @name csb.v1.RejectionCode
         * @enum {number}
         * @property {number} REJECTION_CODE_UNSPECIFIED=0 REJECTION_CODE_UNSPECIFIED value
         * @property {number} REJECTION_CODE_PAYLOAD_TOO_LARGE=1 REJECTION_CODE_PAYLOAD_TOO_LARGE value
         * @property {number} REJECTION_CODE_UNDECODABLE=2 REJECTION_CODE_UNDECODABLE value
         * @property {number} REJECTION_CODE_INVALID_MESSAGE=3 REJECTION_CODE_INVALID_MESSAGE value
         * @property {number} REJECTION_CODE_TOPIC_MISMATCH=4 REJECTION_CODE_TOPIC_MISMATCH value
         * @property {number} REJECTION_CODE_UNKNOWN_BODY=5 REJECTION_CODE_UNKNOWN_BODY value
         * @property {number} REJECTION_CODE_NO_PREFERRED_DEALER=10 REJECTION_CODE_NO_PREFERRED_DEALER value
         * @property {number} REJECTION_CODE_CONSENT_MISSING=11 REJECTION_CODE_CONSENT_MISSING value
         * @property {number} REJECTION_CODE_APPOINTMENT_NOT_FOUND=12 REJECTION_CODE_APPOINTMENT_NOT_FOUND value
         * @property {number} REJECTION_CODE_INVALID_TRANSITION=13 REJECTION_CODE_INVALID_TRANSITION value
         * @property {number} REJECTION_CODE_PROPOSAL_SUPERSEDED=14 REJECTION_CODE_PROPOSAL_SUPERSEDED value
         * @property {number} REJECTION_CODE_NO_PRIMARY_DRIVER=15 REJECTION_CODE_NO_PRIMARY_DRIVER value
         * @property {number} REJECTION_CODE_RATE_LIMITED=20 REJECTION_CODE_RATE_LIMITED value
         * @property {number} REJECTION_CODE_TEMPORARILY_UNAVAILABLE=30 REJECTION_CODE_TEMPORARILY_UNAVAILABLE value
         * @property {number} REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS=16 REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS value
         * @property {number} REJECTION_CODE_PROPOSAL_EXPIRED=17 REJECTION_CODE_PROPOSAL_EXPIRED value
         */
        v1.RejectionCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REJECTION_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REJECTION_CODE_PAYLOAD_TOO_LARGE"] = 1;
            values[valuesById[2] = "REJECTION_CODE_UNDECODABLE"] = 2;
            values[valuesById[3] = "REJECTION_CODE_INVALID_MESSAGE"] = 3;
            values[valuesById[4] = "REJECTION_CODE_TOPIC_MISMATCH"] = 4;
            values[valuesById[5] = "REJECTION_CODE_UNKNOWN_BODY"] = 5;
            values[valuesById[10] = "REJECTION_CODE_NO_PREFERRED_DEALER"] = 10;
            values[valuesById[11] = "REJECTION_CODE_CONSENT_MISSING"] = 11;
            values[valuesById[12] = "REJECTION_CODE_APPOINTMENT_NOT_FOUND"] = 12;
            values[valuesById[13] = "REJECTION_CODE_INVALID_TRANSITION"] = 13;
            values[valuesById[14] = "REJECTION_CODE_PROPOSAL_SUPERSEDED"] = 14;
            values[valuesById[15] = "REJECTION_CODE_NO_PRIMARY_DRIVER"] = 15;
            values[valuesById[20] = "REJECTION_CODE_RATE_LIMITED"] = 20;
            values[valuesById[30] = "REJECTION_CODE_TEMPORARILY_UNAVAILABLE"] = 30;
            values[valuesById[16] = "REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS"] = 16;
            values[valuesById[17] = "REJECTION_CODE_PROPOSAL_EXPIRED"] = 17;
            return values;
        })();

        v1.Proposal = (function() {

            /**
             * Properties of a Proposal.
             * @typedef {Object} csb.v1.Proposal.$Properties
             * @property {string|null} [appointmentId] Proposal appointmentId
             * @property {string|null} [proposalId] Proposal proposalId
             * @property {csb.v1.Dealer.$Properties|null} [dealer] Proposal dealer
             * @property {google.protobuf.Timestamp.$Properties|null} [start] Proposal start
             * @property {number|null} [durationMinutes] Proposal durationMinutes
             * @property {csb.v1.Money.$Properties|null} [price] Proposal price
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Proposal.
             * @memberof csb.v1
             * @interface IProposal
             * @augments csb.v1.Proposal.$Properties
             * @deprecated Use csb.v1.Proposal.$Properties instead.
             */

            /**
             * Shape of a Proposal.
             * @typedef {csb.v1.Proposal.$Properties} csb.v1.Proposal.$Shape
             */

            /**
             * Constructs a new Proposal.
             * @memberof csb.v1
             * @classdesc Represents a Proposal.
             * @constructor
             * @param {csb.v1.Proposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Proposal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Proposal appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.Proposal
             * @instance
             */
            Proposal.prototype.appointmentId = "";

            /**
             * Proposal proposalId.
             * @member {string} proposalId
             * @memberof csb.v1.Proposal
             * @instance
             */
            Proposal.prototype.proposalId = "";

            /**
             * Proposal dealer.
             * @member {csb.v1.Dealer.$Properties|null|undefined} dealer
             * @memberof csb.v1.Proposal
             * @instance
             */
            Proposal.prototype.dealer = null;

            /**
             * Proposal start.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} start
             * @memberof csb.v1.Proposal
             * @instance
             */
            Proposal.prototype.start = null;

            /**
             * Proposal durationMinutes.
             * @member {number} durationMinutes
             * @memberof csb.v1.Proposal
             * @instance
             */
            Proposal.prototype.durationMinutes = 0;

            /**
             * Proposal price.
             * @member {csb.v1.Money.$Properties|null|undefined} price
             * @memberof csb.v1.Proposal
             * @instance
             */
            Proposal.prototype.price = null;

            /**
             * Creates a new Proposal instance using the specified properties.
             * @function create
             * @memberof csb.v1.Proposal
             * @static
             * @param {csb.v1.Proposal.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Proposal} Proposal instance
             * @type {{
             *   (properties: csb.v1.Proposal.$Shape): csb.v1.Proposal & csb.v1.Proposal.$Shape;
             *   (properties?: csb.v1.Proposal.$Properties): csb.v1.Proposal;
             * }}
             */
            Proposal.create = function(properties) {
                return new Proposal(properties);
            };

            /**
             * Encodes the specified Proposal message. Does not implicitly {@link csb.v1.Proposal.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Proposal
             * @static
             * @param {csb.v1.Proposal.$Properties} message Proposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId") && message.proposalId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.proposalId);
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    $root.csb.v1.Dealer.encode(message.dealer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.google.protobuf.Timestamp.encode(message.start, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes") && message.durationMinutes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.durationMinutes);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    $root.csb.v1.Money.encode(message.price, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Proposal message, length delimited. Does not implicitly {@link csb.v1.Proposal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Proposal
             * @static
             * @param {csb.v1.Proposal.$Properties} message Proposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proposal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Proposal message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Proposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Proposal & csb.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proposal.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Proposal();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proposalId = value;
                            else
                                delete message.proposalId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.dealer = $root.csb.v1.Dealer.decode(reader, reader.size(), $undefined, _depth + 1, message.dealer);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMinutes = value;
                            else
                                delete message.durationMinutes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.price = $root.csb.v1.Money.decode(reader, reader.size(), $undefined, _depth + 1, message.price);
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
             * Decodes a Proposal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Proposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Proposal & csb.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proposal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Proposal message.
             * @function verify
             * @memberof csb.v1.Proposal
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Proposal.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId"))
                    if (!$util.isString(message.proposalId))
                        return "proposalId: string expected";
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer")) {
                    let error = $root.csb.v1.Dealer.verify(message.dealer, _depth + 1);
                    if (error)
                        return "dealer." + error;
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.start, _depth + 1);
                    if (error)
                        return "start." + error;
                }
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes"))
                    if (!$util.isInteger(message.durationMinutes))
                        return "durationMinutes: integer expected";
                if (message.price != null && $Object.hasOwnProperty.call(message, "price")) {
                    let error = $root.csb.v1.Money.verify(message.price, _depth + 1);
                    if (error)
                        return "price." + error;
                }
                return null;
            };

            /**
             * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Proposal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Proposal} Proposal
             */
            Proposal.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Proposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Proposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Proposal();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.proposalId != null)
                    if (typeof object.proposalId !== "string" || object.proposalId.length)
                        message.proposalId = $String(object.proposalId);
                if (object.dealer != null) {
                    if (!$util.isObject(object.dealer))
                        throw $TypeError(".csb.v1.Proposal.dealer: object expected");
                    message.dealer = $root.csb.v1.Dealer.fromObject(object.dealer, _depth + 1);
                }
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".csb.v1.Proposal.start: object expected");
                    message.start = $root.google.protobuf.Timestamp.fromObject(object.start, _depth + 1);
                }
                if (object.durationMinutes != null)
                    if ($Number(object.durationMinutes) !== 0)
                        message.durationMinutes = object.durationMinutes >>> 0;
                if (object.price != null) {
                    if (!$util.isObject(object.price))
                        throw $TypeError(".csb.v1.Proposal.price: object expected");
                    message.price = $root.csb.v1.Money.fromObject(object.price, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Proposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Proposal
             * @static
             * @param {csb.v1.Proposal} message Proposal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Proposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.proposalId = "";
                    object.dealer = null;
                    object.start = null;
                    object.durationMinutes = 0;
                    object.price = null;
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId"))
                    object.proposalId = message.proposalId;
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    object.dealer = $root.csb.v1.Dealer.toObject(message.dealer, options, _depth + 1);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = $root.google.protobuf.Timestamp.toObject(message.start, options, _depth + 1);
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes"))
                    object.durationMinutes = message.durationMinutes;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    object.price = $root.csb.v1.Money.toObject(message.price, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Proposal to JSON.
             * @function toJSON
             * @memberof csb.v1.Proposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Proposal.prototype.toJSON = function() {
                return Proposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Proposal
             * @function getTypeUrl
             * @memberof csb.v1.Proposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Proposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Proposal";
            };

            return Proposal;
        })();

        v1.Confirmation = (function() {

            /**
             * Properties of a Confirmation.
             * @typedef {Object} csb.v1.Confirmation.$Properties
             * @property {string|null} [appointmentId] Confirmation appointmentId
             * @property {csb.v1.Dealer.$Properties|null} [dealer] Confirmation dealer
             * @property {google.protobuf.Timestamp.$Properties|null} [start] Confirmation start
             * @property {number|null} [durationMinutes] Confirmation durationMinutes
             * @property {csb.v1.AppointmentStatus|null} [status] Confirmation status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Confirmation.
             * @memberof csb.v1
             * @interface IConfirmation
             * @augments csb.v1.Confirmation.$Properties
             * @deprecated Use csb.v1.Confirmation.$Properties instead.
             */

            /**
             * Shape of a Confirmation.
             * @typedef {csb.v1.Confirmation.$Properties} csb.v1.Confirmation.$Shape
             */

            /**
             * Constructs a new Confirmation.
             * @memberof csb.v1
             * @classdesc Represents a Confirmation.
             * @constructor
             * @param {csb.v1.Confirmation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Confirmation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Confirmation appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.Confirmation
             * @instance
             */
            Confirmation.prototype.appointmentId = "";

            /**
             * Confirmation dealer.
             * @member {csb.v1.Dealer.$Properties|null|undefined} dealer
             * @memberof csb.v1.Confirmation
             * @instance
             */
            Confirmation.prototype.dealer = null;

            /**
             * Confirmation start.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} start
             * @memberof csb.v1.Confirmation
             * @instance
             */
            Confirmation.prototype.start = null;

            /**
             * Confirmation durationMinutes.
             * @member {number} durationMinutes
             * @memberof csb.v1.Confirmation
             * @instance
             */
            Confirmation.prototype.durationMinutes = 0;

            /**
             * Confirmation status.
             * @member {csb.v1.AppointmentStatus} status
             * @memberof csb.v1.Confirmation
             * @instance
             */
            Confirmation.prototype.status = 0;

            /**
             * Creates a new Confirmation instance using the specified properties.
             * @function create
             * @memberof csb.v1.Confirmation
             * @static
             * @param {csb.v1.Confirmation.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Confirmation} Confirmation instance
             * @type {{
             *   (properties: csb.v1.Confirmation.$Shape): csb.v1.Confirmation & csb.v1.Confirmation.$Shape;
             *   (properties?: csb.v1.Confirmation.$Properties): csb.v1.Confirmation;
             * }}
             */
            Confirmation.create = function(properties) {
                return new Confirmation(properties);
            };

            /**
             * Encodes the specified Confirmation message. Does not implicitly {@link csb.v1.Confirmation.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Confirmation
             * @static
             * @param {csb.v1.Confirmation.$Properties} message Confirmation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Confirmation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    $root.csb.v1.Dealer.encode(message.dealer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.google.protobuf.Timestamp.encode(message.start, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes") && message.durationMinutes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.durationMinutes);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Confirmation message, length delimited. Does not implicitly {@link csb.v1.Confirmation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Confirmation
             * @static
             * @param {csb.v1.Confirmation.$Properties} message Confirmation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Confirmation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Confirmation message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Confirmation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Confirmation & csb.v1.Confirmation.$Shape} Confirmation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Confirmation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Confirmation();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dealer = $root.csb.v1.Dealer.decode(reader, reader.size(), $undefined, _depth + 1, message.dealer);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMinutes = value;
                            else
                                delete message.durationMinutes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
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
             * Decodes a Confirmation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Confirmation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Confirmation & csb.v1.Confirmation.$Shape} Confirmation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Confirmation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Confirmation message.
             * @function verify
             * @memberof csb.v1.Confirmation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Confirmation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer")) {
                    let error = $root.csb.v1.Dealer.verify(message.dealer, _depth + 1);
                    if (error)
                        return "dealer." + error;
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.start, _depth + 1);
                    if (error)
                        return "start." + error;
                }
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes"))
                    if (!$util.isInteger(message.durationMinutes))
                        return "durationMinutes: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                return null;
            };

            /**
             * Creates a Confirmation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Confirmation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Confirmation} Confirmation
             */
            Confirmation.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Confirmation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Confirmation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Confirmation();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.dealer != null) {
                    if (!$util.isObject(object.dealer))
                        throw $TypeError(".csb.v1.Confirmation.dealer: object expected");
                    message.dealer = $root.csb.v1.Dealer.fromObject(object.dealer, _depth + 1);
                }
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".csb.v1.Confirmation.start: object expected");
                    message.start = $root.google.protobuf.Timestamp.fromObject(object.start, _depth + 1);
                }
                if (object.durationMinutes != null)
                    if ($Number(object.durationMinutes) !== 0)
                        message.durationMinutes = object.durationMinutes >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.csb.v1.AppointmentStatus[object.status] !== 0))
                    switch (object.status) {
                    case "APPOINTMENT_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "APPOINTMENT_STATUS_REQUESTED":
                    case 1:
                        message.status = 1;
                        break;
                    case "APPOINTMENT_STATUS_INQUIRED":
                    case 2:
                        message.status = 2;
                        break;
                    case "APPOINTMENT_STATUS_PROPOSED":
                    case 3:
                        message.status = 3;
                        break;
                    case "APPOINTMENT_STATUS_ACCEPTED":
                    case 4:
                        message.status = 4;
                        break;
                    case "APPOINTMENT_STATUS_CONFIRMED":
                    case 5:
                        message.status = 5;
                        break;
                    case "APPOINTMENT_STATUS_PRE_BOOKED":
                    case 6:
                        message.status = 6;
                        break;
                    case "APPOINTMENT_STATUS_CANCELLED":
                    case 7:
                        message.status = 7;
                        break;
                    case "APPOINTMENT_STATUS_CLOSED":
                    case 8:
                        message.status = 8;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Confirmation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Confirmation
             * @static
             * @param {csb.v1.Confirmation} message Confirmation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Confirmation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.dealer = null;
                    object.start = null;
                    object.durationMinutes = 0;
                    object.status = options.enums === $String ? "APPOINTMENT_STATUS_UNSPECIFIED" : 0;
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    object.dealer = $root.csb.v1.Dealer.toObject(message.dealer, options, _depth + 1);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = $root.google.protobuf.Timestamp.toObject(message.start, options, _depth + 1);
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes"))
                    object.durationMinutes = message.durationMinutes;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.csb.v1.AppointmentStatus[message.status] === $undefined ? message.status : $root.csb.v1.AppointmentStatus[message.status] : message.status;
                return object;
            };

            /**
             * Converts this Confirmation to JSON.
             * @function toJSON
             * @memberof csb.v1.Confirmation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Confirmation.prototype.toJSON = function() {
                return Confirmation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Confirmation
             * @function getTypeUrl
             * @memberof csb.v1.Confirmation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Confirmation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Confirmation";
            };

            return Confirmation;
        })();

        /**
         * AppointmentStatus enum.
         * @name csb.v1.AppointmentStatus
         * @enum {number}
         * @property {number} APPOINTMENT_STATUS_UNSPECIFIED=0 APPOINTMENT_STATUS_UNSPECIFIED value
         * @property {number} APPOINTMENT_STATUS_REQUESTED=1 APPOINTMENT_STATUS_REQUESTED value
         * @property {number} APPOINTMENT_STATUS_INQUIRED=2 APPOINTMENT_STATUS_INQUIRED value
         * @property {number} APPOINTMENT_STATUS_PROPOSED=3 APPOINTMENT_STATUS_PROPOSED value
         * @property {number} APPOINTMENT_STATUS_ACCEPTED=4 APPOINTMENT_STATUS_ACCEPTED value
         * @property {number} APPOINTMENT_STATUS_CONFIRMED=5 APPOINTMENT_STATUS_CONFIRMED value
         * @property {number} APPOINTMENT_STATUS_PRE_BOOKED=6 APPOINTMENT_STATUS_PRE_BOOKED value
         * @property {number} APPOINTMENT_STATUS_CANCELLED=7 APPOINTMENT_STATUS_CANCELLED value
         * @property {number} APPOINTMENT_STATUS_CLOSED=8 APPOINTMENT_STATUS_CLOSED value
         */
        v1.AppointmentStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "APPOINTMENT_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "APPOINTMENT_STATUS_REQUESTED"] = 1;
            values[valuesById[2] = "APPOINTMENT_STATUS_INQUIRED"] = 2;
            values[valuesById[3] = "APPOINTMENT_STATUS_PROPOSED"] = 3;
            values[valuesById[4] = "APPOINTMENT_STATUS_ACCEPTED"] = 4;
            values[valuesById[5] = "APPOINTMENT_STATUS_CONFIRMED"] = 5;
            values[valuesById[6] = "APPOINTMENT_STATUS_PRE_BOOKED"] = 6;
            values[valuesById[7] = "APPOINTMENT_STATUS_CANCELLED"] = 7;
            values[valuesById[8] = "APPOINTMENT_STATUS_CLOSED"] = 8;
            return values;
        })();

        v1.AppointmentList = (function() {

            /**
             * Properties of an AppointmentList.
             * @typedef {Object} csb.v1.AppointmentList.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [generatedAt] AppointmentList generatedAt
             * @property {Array.<csb.v1.CarAppointment.$Properties>|null} [appointments] AppointmentList appointments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppointmentList.
             * @memberof csb.v1
             * @interface IAppointmentList
             * @augments csb.v1.AppointmentList.$Properties
             * @deprecated Use csb.v1.AppointmentList.$Properties instead.
             */

            /**
             * Shape of an AppointmentList.
             * @typedef {csb.v1.AppointmentList.$Properties} csb.v1.AppointmentList.$Shape
             */

            /**
             * Constructs a new AppointmentList.
             * @memberof csb.v1
             * @classdesc Represents an AppointmentList.
             * @constructor
             * @param {csb.v1.AppointmentList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppointmentList = function (properties) {
                this.appointments = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppointmentList generatedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} generatedAt
             * @memberof csb.v1.AppointmentList
             * @instance
             */
            AppointmentList.prototype.generatedAt = null;

            /**
             * AppointmentList appointments.
             * @member {Array.<csb.v1.CarAppointment.$Properties>} appointments
             * @memberof csb.v1.AppointmentList
             * @instance
             */
            AppointmentList.prototype.appointments = $util.emptyArray;

            /**
             * Creates a new AppointmentList instance using the specified properties.
             * @function create
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {csb.v1.AppointmentList.$Properties=} [properties] Properties to set
             * @returns {csb.v1.AppointmentList} AppointmentList instance
             * @type {{
             *   (properties: csb.v1.AppointmentList.$Shape): csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape;
             *   (properties?: csb.v1.AppointmentList.$Properties): csb.v1.AppointmentList;
             * }}
             */
            AppointmentList.create = function(properties) {
                return new AppointmentList(properties);
            };

            /**
             * Encodes the specified AppointmentList message. Does not implicitly {@link csb.v1.AppointmentList.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {csb.v1.AppointmentList.$Properties} message AppointmentList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppointmentList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.generatedAt != null && $Object.hasOwnProperty.call(message, "generatedAt"))
                    $root.google.protobuf.Timestamp.encode(message.generatedAt, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.appointments != null && message.appointments.length)
                    for (let i = 0; i < message.appointments.length; ++i)
                        $root.csb.v1.CarAppointment.encode(message.appointments[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AppointmentList message, length delimited. Does not implicitly {@link csb.v1.AppointmentList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {csb.v1.AppointmentList.$Properties} message AppointmentList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppointmentList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AppointmentList message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape} AppointmentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppointmentList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.AppointmentList();
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
                            message.generatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.generatedAt);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.appointments && message.appointments.length))
                                message.appointments = [];
                            message.appointments.push($root.csb.v1.CarAppointment.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes an AppointmentList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape} AppointmentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppointmentList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AppointmentList message.
             * @function verify
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AppointmentList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.generatedAt != null && $Object.hasOwnProperty.call(message, "generatedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.generatedAt, _depth + 1);
                    if (error)
                        return "generatedAt." + error;
                }
                if (message.appointments != null && $Object.hasOwnProperty.call(message, "appointments")) {
                    if (!$Array.isArray(message.appointments))
                        return "appointments: array expected";
                    for (let i = 0; i < message.appointments.length; ++i) {
                        let error = $root.csb.v1.CarAppointment.verify(message.appointments[i], _depth + 1);
                        if (error)
                            return "appointments." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AppointmentList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.AppointmentList} AppointmentList
             */
            AppointmentList.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.AppointmentList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.AppointmentList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.AppointmentList();
                if (object.generatedAt != null) {
                    if (!$util.isObject(object.generatedAt))
                        throw $TypeError(".csb.v1.AppointmentList.generatedAt: object expected");
                    message.generatedAt = $root.google.protobuf.Timestamp.fromObject(object.generatedAt, _depth + 1);
                }
                if (object.appointments) {
                    if (!$Array.isArray(object.appointments))
                        throw $TypeError(".csb.v1.AppointmentList.appointments: array expected");
                    message.appointments = $Array(object.appointments.length);
                    for (let i = 0; i < object.appointments.length; ++i) {
                        if (!$util.isObject(object.appointments[i]))
                            throw $TypeError(".csb.v1.AppointmentList.appointments: object expected");
                        message.appointments[i] = $root.csb.v1.CarAppointment.fromObject(object.appointments[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AppointmentList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {csb.v1.AppointmentList} message AppointmentList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppointmentList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.appointments = [];
                if (options.defaults)
                    object.generatedAt = null;
                if (message.generatedAt != null && $Object.hasOwnProperty.call(message, "generatedAt"))
                    object.generatedAt = $root.google.protobuf.Timestamp.toObject(message.generatedAt, options, _depth + 1);
                if (message.appointments && message.appointments.length) {
                    object.appointments = $Array(message.appointments.length);
                    for (let j = 0; j < message.appointments.length; ++j)
                        object.appointments[j] = $root.csb.v1.CarAppointment.toObject(message.appointments[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AppointmentList to JSON.
             * @function toJSON
             * @memberof csb.v1.AppointmentList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppointmentList.prototype.toJSON = function() {
                return AppointmentList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppointmentList
             * @function getTypeUrl
             * @memberof csb.v1.AppointmentList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppointmentList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.AppointmentList";
            };

            return AppointmentList;
        })();

        v1.CarAppointment = (function() {

            /**
             * Properties of a CarAppointment.
             * @typedef {Object} csb.v1.CarAppointment.$Properties
             * @property {string|null} [appointmentId] CarAppointment appointmentId
             * @property {csb.v1.AppointmentStatus|null} [status] CarAppointment status
             * @property {csb.v1.Dealer.$Properties|null} [dealer] CarAppointment dealer
             * @property {google.protobuf.Timestamp.$Properties|null} [start] CarAppointment start
             * @property {number|null} [durationMinutes] CarAppointment durationMinutes
             * @property {csb.v1.Money.$Properties|null} [price] CarAppointment price
             * @property {string|null} [proposalId] CarAppointment proposalId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CarAppointment.
             * @memberof csb.v1
             * @interface ICarAppointment
             * @augments csb.v1.CarAppointment.$Properties
             * @deprecated Use csb.v1.CarAppointment.$Properties instead.
             */

            /**
             * Shape of a CarAppointment.
             * @typedef {csb.v1.CarAppointment.$Properties} csb.v1.CarAppointment.$Shape
             */

            /**
             * Constructs a new CarAppointment.
             * @memberof csb.v1
             * @classdesc Represents a CarAppointment.
             * @constructor
             * @param {csb.v1.CarAppointment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CarAppointment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CarAppointment appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.appointmentId = "";

            /**
             * CarAppointment status.
             * @member {csb.v1.AppointmentStatus} status
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.status = 0;

            /**
             * CarAppointment dealer.
             * @member {csb.v1.Dealer.$Properties|null|undefined} dealer
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.dealer = null;

            /**
             * CarAppointment start.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} start
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.start = null;

            /**
             * CarAppointment durationMinutes.
             * @member {number} durationMinutes
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.durationMinutes = 0;

            /**
             * CarAppointment price.
             * @member {csb.v1.Money.$Properties|null|undefined} price
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.price = null;

            /**
             * CarAppointment proposalId.
             * @member {string} proposalId
             * @memberof csb.v1.CarAppointment
             * @instance
             */
            CarAppointment.prototype.proposalId = "";

            /**
             * Creates a new CarAppointment instance using the specified properties.
             * @function create
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {csb.v1.CarAppointment.$Properties=} [properties] Properties to set
             * @returns {csb.v1.CarAppointment} CarAppointment instance
             * @type {{
             *   (properties: csb.v1.CarAppointment.$Shape): csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape;
             *   (properties?: csb.v1.CarAppointment.$Properties): csb.v1.CarAppointment;
             * }}
             */
            CarAppointment.create = function(properties) {
                return new CarAppointment(properties);
            };

            /**
             * Encodes the specified CarAppointment message. Does not implicitly {@link csb.v1.CarAppointment.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {csb.v1.CarAppointment.$Properties} message CarAppointment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CarAppointment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    $root.csb.v1.Dealer.encode(message.dealer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.google.protobuf.Timestamp.encode(message.start, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes") && message.durationMinutes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.durationMinutes);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    $root.csb.v1.Money.encode(message.price, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId") && message.proposalId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.proposalId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CarAppointment message, length delimited. Does not implicitly {@link csb.v1.CarAppointment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {csb.v1.CarAppointment.$Properties} message CarAppointment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CarAppointment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CarAppointment message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape} CarAppointment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CarAppointment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.CarAppointment();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.dealer = $root.csb.v1.Dealer.decode(reader, reader.size(), $undefined, _depth + 1, message.dealer);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMinutes = value;
                            else
                                delete message.durationMinutes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.price = $root.csb.v1.Money.decode(reader, reader.size(), $undefined, _depth + 1, message.price);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proposalId = value;
                            else
                                delete message.proposalId;
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
             * Decodes a CarAppointment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape} CarAppointment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CarAppointment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CarAppointment message.
             * @function verify
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CarAppointment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer")) {
                    let error = $root.csb.v1.Dealer.verify(message.dealer, _depth + 1);
                    if (error)
                        return "dealer." + error;
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.start, _depth + 1);
                    if (error)
                        return "start." + error;
                }
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes"))
                    if (!$util.isInteger(message.durationMinutes))
                        return "durationMinutes: integer expected";
                if (message.price != null && $Object.hasOwnProperty.call(message, "price")) {
                    let error = $root.csb.v1.Money.verify(message.price, _depth + 1);
                    if (error)
                        return "price." + error;
                }
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId"))
                    if (!$util.isString(message.proposalId))
                        return "proposalId: string expected";
                return null;
            };

            /**
             * Creates a CarAppointment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.CarAppointment} CarAppointment
             */
            CarAppointment.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.CarAppointment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.CarAppointment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.CarAppointment();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.csb.v1.AppointmentStatus[object.status] !== 0))
                    switch (object.status) {
                    case "APPOINTMENT_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "APPOINTMENT_STATUS_REQUESTED":
                    case 1:
                        message.status = 1;
                        break;
                    case "APPOINTMENT_STATUS_INQUIRED":
                    case 2:
                        message.status = 2;
                        break;
                    case "APPOINTMENT_STATUS_PROPOSED":
                    case 3:
                        message.status = 3;
                        break;
                    case "APPOINTMENT_STATUS_ACCEPTED":
                    case 4:
                        message.status = 4;
                        break;
                    case "APPOINTMENT_STATUS_CONFIRMED":
                    case 5:
                        message.status = 5;
                        break;
                    case "APPOINTMENT_STATUS_PRE_BOOKED":
                    case 6:
                        message.status = 6;
                        break;
                    case "APPOINTMENT_STATUS_CANCELLED":
                    case 7:
                        message.status = 7;
                        break;
                    case "APPOINTMENT_STATUS_CLOSED":
                    case 8:
                        message.status = 8;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.dealer != null) {
                    if (!$util.isObject(object.dealer))
                        throw $TypeError(".csb.v1.CarAppointment.dealer: object expected");
                    message.dealer = $root.csb.v1.Dealer.fromObject(object.dealer, _depth + 1);
                }
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".csb.v1.CarAppointment.start: object expected");
                    message.start = $root.google.protobuf.Timestamp.fromObject(object.start, _depth + 1);
                }
                if (object.durationMinutes != null)
                    if ($Number(object.durationMinutes) !== 0)
                        message.durationMinutes = object.durationMinutes >>> 0;
                if (object.price != null) {
                    if (!$util.isObject(object.price))
                        throw $TypeError(".csb.v1.CarAppointment.price: object expected");
                    message.price = $root.csb.v1.Money.fromObject(object.price, _depth + 1);
                }
                if (object.proposalId != null)
                    if (typeof object.proposalId !== "string" || object.proposalId.length)
                        message.proposalId = $String(object.proposalId);
                return message;
            };

            /**
             * Creates a plain object from a CarAppointment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {csb.v1.CarAppointment} message CarAppointment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CarAppointment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.status = options.enums === $String ? "APPOINTMENT_STATUS_UNSPECIFIED" : 0;
                    object.dealer = null;
                    object.start = null;
                    object.durationMinutes = 0;
                    object.price = null;
                    object.proposalId = "";
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.csb.v1.AppointmentStatus[message.status] === $undefined ? message.status : $root.csb.v1.AppointmentStatus[message.status] : message.status;
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    object.dealer = $root.csb.v1.Dealer.toObject(message.dealer, options, _depth + 1);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = $root.google.protobuf.Timestamp.toObject(message.start, options, _depth + 1);
                if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes"))
                    object.durationMinutes = message.durationMinutes;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    object.price = $root.csb.v1.Money.toObject(message.price, options, _depth + 1);
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId"))
                    object.proposalId = message.proposalId;
                return object;
            };

            /**
             * Converts this CarAppointment to JSON.
             * @function toJSON
             * @memberof csb.v1.CarAppointment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CarAppointment.prototype.toJSON = function() {
                return CarAppointment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CarAppointment
             * @function getTypeUrl
             * @memberof csb.v1.CarAppointment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CarAppointment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.CarAppointment";
            };

            return CarAppointment;
        })();

        v1.Reminder = (function() {

            /**
             * Properties of a Reminder.
             * @typedef {Object} csb.v1.Reminder.$Properties
             * @property {string|null} [appointmentId] Reminder appointmentId
             * @property {csb.v1.Dealer.$Properties|null} [dealer] Reminder dealer
             * @property {google.protobuf.Timestamp.$Properties|null} [start] Reminder start
             * @property {csb.v1.ReminderKind|null} [kind] Reminder kind
             * @property {number|null} [daysBefore] Reminder daysBefore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reminder.
             * @memberof csb.v1
             * @interface IReminder
             * @augments csb.v1.Reminder.$Properties
             * @deprecated Use csb.v1.Reminder.$Properties instead.
             */

            /**
             * Shape of a Reminder.
             * @typedef {csb.v1.Reminder.$Properties} csb.v1.Reminder.$Shape
             */

            /**
             * Constructs a new Reminder.
             * @memberof csb.v1
             * @classdesc Represents a Reminder.
             * @constructor
             * @param {csb.v1.Reminder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reminder = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reminder appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.Reminder
             * @instance
             */
            Reminder.prototype.appointmentId = "";

            /**
             * Reminder dealer.
             * @member {csb.v1.Dealer.$Properties|null|undefined} dealer
             * @memberof csb.v1.Reminder
             * @instance
             */
            Reminder.prototype.dealer = null;

            /**
             * Reminder start.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} start
             * @memberof csb.v1.Reminder
             * @instance
             */
            Reminder.prototype.start = null;

            /**
             * Reminder kind.
             * @member {csb.v1.ReminderKind} kind
             * @memberof csb.v1.Reminder
             * @instance
             */
            Reminder.prototype.kind = 0;

            /**
             * Reminder daysBefore.
             * @member {number} daysBefore
             * @memberof csb.v1.Reminder
             * @instance
             */
            Reminder.prototype.daysBefore = 0;

            /**
             * Creates a new Reminder instance using the specified properties.
             * @function create
             * @memberof csb.v1.Reminder
             * @static
             * @param {csb.v1.Reminder.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Reminder} Reminder instance
             * @type {{
             *   (properties: csb.v1.Reminder.$Shape): csb.v1.Reminder & csb.v1.Reminder.$Shape;
             *   (properties?: csb.v1.Reminder.$Properties): csb.v1.Reminder;
             * }}
             */
            Reminder.create = function(properties) {
                return new Reminder(properties);
            };

            /**
             * Encodes the specified Reminder message. Does not implicitly {@link csb.v1.Reminder.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Reminder
             * @static
             * @param {csb.v1.Reminder.$Properties} message Reminder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reminder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    $root.csb.v1.Dealer.encode(message.dealer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.google.protobuf.Timestamp.encode(message.start, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.daysBefore != null && $Object.hasOwnProperty.call(message, "daysBefore") && message.daysBefore !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.daysBefore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reminder message, length delimited. Does not implicitly {@link csb.v1.Reminder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Reminder
             * @static
             * @param {csb.v1.Reminder.$Properties} message Reminder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reminder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reminder message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Reminder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Reminder & csb.v1.Reminder.$Shape} Reminder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reminder.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Reminder();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dealer = $root.csb.v1.Dealer.decode(reader, reader.size(), $undefined, _depth + 1, message.dealer);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
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
                            if (value = reader.uint32())
                                message.daysBefore = value;
                            else
                                delete message.daysBefore;
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
             * Decodes a Reminder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Reminder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Reminder & csb.v1.Reminder.$Shape} Reminder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reminder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reminder message.
             * @function verify
             * @memberof csb.v1.Reminder
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reminder.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer")) {
                    let error = $root.csb.v1.Dealer.verify(message.dealer, _depth + 1);
                    if (error)
                        return "dealer." + error;
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.start, _depth + 1);
                    if (error)
                        return "start." + error;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.daysBefore != null && $Object.hasOwnProperty.call(message, "daysBefore"))
                    if (!$util.isInteger(message.daysBefore))
                        return "daysBefore: integer expected";
                return null;
            };

            /**
             * Creates a Reminder message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Reminder
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Reminder} Reminder
             */
            Reminder.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Reminder)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Reminder: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Reminder();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.dealer != null) {
                    if (!$util.isObject(object.dealer))
                        throw $TypeError(".csb.v1.Reminder.dealer: object expected");
                    message.dealer = $root.csb.v1.Dealer.fromObject(object.dealer, _depth + 1);
                }
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".csb.v1.Reminder.start: object expected");
                    message.start = $root.google.protobuf.Timestamp.fromObject(object.start, _depth + 1);
                }
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.csb.v1.ReminderKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "REMINDER_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "REMINDER_KIND_DAYS_BEFORE":
                    case 1:
                        message.kind = 1;
                        break;
                    case "REMINDER_KIND_DAY_OF":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.daysBefore != null)
                    if ($Number(object.daysBefore) !== 0)
                        message.daysBefore = object.daysBefore >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Reminder message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Reminder
             * @static
             * @param {csb.v1.Reminder} message Reminder
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reminder.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.dealer = null;
                    object.start = null;
                    object.kind = options.enums === $String ? "REMINDER_KIND_UNSPECIFIED" : 0;
                    object.daysBefore = 0;
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    object.dealer = $root.csb.v1.Dealer.toObject(message.dealer, options, _depth + 1);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = $root.google.protobuf.Timestamp.toObject(message.start, options, _depth + 1);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.csb.v1.ReminderKind[message.kind] === $undefined ? message.kind : $root.csb.v1.ReminderKind[message.kind] : message.kind;
                if (message.daysBefore != null && $Object.hasOwnProperty.call(message, "daysBefore"))
                    object.daysBefore = message.daysBefore;
                return object;
            };

            /**
             * Converts this Reminder to JSON.
             * @function toJSON
             * @memberof csb.v1.Reminder
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reminder.prototype.toJSON = function() {
                return Reminder.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reminder
             * @function getTypeUrl
             * @memberof csb.v1.Reminder
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reminder.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Reminder";
            };

            return Reminder;
        })();

        /**
         * ReminderKind enum.
         * @name csb.v1.ReminderKind
         * @enum {number}
         * @property {number} REMINDER_KIND_UNSPECIFIED=0 REMINDER_KIND_UNSPECIFIED value
         * @property {number} REMINDER_KIND_DAYS_BEFORE=1 REMINDER_KIND_DAYS_BEFORE value
         * @property {number} REMINDER_KIND_DAY_OF=2 REMINDER_KIND_DAY_OF value
         */
        v1.ReminderKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REMINDER_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REMINDER_KIND_DAYS_BEFORE"] = 1;
            values[valuesById[2] = "REMINDER_KIND_DAY_OF"] = 2;
            return values;
        })();

        v1.NavigationTarget = (function() {

            /**
             * Properties of a NavigationTarget.
             * @typedef {Object} csb.v1.NavigationTarget.$Properties
             * @property {string|null} [appointmentId] NavigationTarget appointmentId
             * @property {csb.v1.Dealer.$Properties|null} [dealer] NavigationTarget dealer
             * @property {google.protobuf.Timestamp.$Properties|null} [arriveBy] NavigationTarget arriveBy
             * @property {csb.v1.NavigationMode|null} [mode] NavigationTarget mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NavigationTarget.
             * @memberof csb.v1
             * @interface INavigationTarget
             * @augments csb.v1.NavigationTarget.$Properties
             * @deprecated Use csb.v1.NavigationTarget.$Properties instead.
             */

            /**
             * Shape of a NavigationTarget.
             * @typedef {csb.v1.NavigationTarget.$Properties} csb.v1.NavigationTarget.$Shape
             */

            /**
             * Constructs a new NavigationTarget.
             * @memberof csb.v1
             * @classdesc Represents a NavigationTarget.
             * @constructor
             * @param {csb.v1.NavigationTarget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NavigationTarget = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NavigationTarget appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.NavigationTarget
             * @instance
             */
            NavigationTarget.prototype.appointmentId = "";

            /**
             * NavigationTarget dealer.
             * @member {csb.v1.Dealer.$Properties|null|undefined} dealer
             * @memberof csb.v1.NavigationTarget
             * @instance
             */
            NavigationTarget.prototype.dealer = null;

            /**
             * NavigationTarget arriveBy.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} arriveBy
             * @memberof csb.v1.NavigationTarget
             * @instance
             */
            NavigationTarget.prototype.arriveBy = null;

            /**
             * NavigationTarget mode.
             * @member {csb.v1.NavigationMode} mode
             * @memberof csb.v1.NavigationTarget
             * @instance
             */
            NavigationTarget.prototype.mode = 0;

            /**
             * Creates a new NavigationTarget instance using the specified properties.
             * @function create
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {csb.v1.NavigationTarget.$Properties=} [properties] Properties to set
             * @returns {csb.v1.NavigationTarget} NavigationTarget instance
             * @type {{
             *   (properties: csb.v1.NavigationTarget.$Shape): csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape;
             *   (properties?: csb.v1.NavigationTarget.$Properties): csb.v1.NavigationTarget;
             * }}
             */
            NavigationTarget.create = function(properties) {
                return new NavigationTarget(properties);
            };

            /**
             * Encodes the specified NavigationTarget message. Does not implicitly {@link csb.v1.NavigationTarget.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {csb.v1.NavigationTarget.$Properties} message NavigationTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NavigationTarget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    $root.csb.v1.Dealer.encode(message.dealer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.arriveBy != null && $Object.hasOwnProperty.call(message, "arriveBy"))
                    $root.google.protobuf.Timestamp.encode(message.arriveBy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NavigationTarget message, length delimited. Does not implicitly {@link csb.v1.NavigationTarget.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {csb.v1.NavigationTarget.$Properties} message NavigationTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NavigationTarget.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NavigationTarget message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape} NavigationTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NavigationTarget.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.NavigationTarget();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dealer = $root.csb.v1.Dealer.decode(reader, reader.size(), $undefined, _depth + 1, message.dealer);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.arriveBy = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.arriveBy);
                            continue;
                        }
                    case 4: {
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
             * Decodes a NavigationTarget message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape} NavigationTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NavigationTarget.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NavigationTarget message.
             * @function verify
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NavigationTarget.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer")) {
                    let error = $root.csb.v1.Dealer.verify(message.dealer, _depth + 1);
                    if (error)
                        return "dealer." + error;
                }
                if (message.arriveBy != null && $Object.hasOwnProperty.call(message, "arriveBy")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.arriveBy, _depth + 1);
                    if (error)
                        return "arriveBy." + error;
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a NavigationTarget message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.NavigationTarget} NavigationTarget
             */
            NavigationTarget.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.NavigationTarget)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.NavigationTarget: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.NavigationTarget();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.dealer != null) {
                    if (!$util.isObject(object.dealer))
                        throw $TypeError(".csb.v1.NavigationTarget.dealer: object expected");
                    message.dealer = $root.csb.v1.Dealer.fromObject(object.dealer, _depth + 1);
                }
                if (object.arriveBy != null) {
                    if (!$util.isObject(object.arriveBy))
                        throw $TypeError(".csb.v1.NavigationTarget.arriveBy: object expected");
                    message.arriveBy = $root.google.protobuf.Timestamp.fromObject(object.arriveBy, _depth + 1);
                }
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.csb.v1.NavigationMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "NAVIGATION_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "NAVIGATION_MODE_DESTINATION":
                    case 1:
                        message.mode = 1;
                        break;
                    case "NAVIGATION_MODE_WAYPOINT":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a NavigationTarget message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {csb.v1.NavigationTarget} message NavigationTarget
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NavigationTarget.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.dealer = null;
                    object.arriveBy = null;
                    object.mode = options.enums === $String ? "NAVIGATION_MODE_UNSPECIFIED" : 0;
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.dealer != null && $Object.hasOwnProperty.call(message, "dealer"))
                    object.dealer = $root.csb.v1.Dealer.toObject(message.dealer, options, _depth + 1);
                if (message.arriveBy != null && $Object.hasOwnProperty.call(message, "arriveBy"))
                    object.arriveBy = $root.google.protobuf.Timestamp.toObject(message.arriveBy, options, _depth + 1);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.csb.v1.NavigationMode[message.mode] === $undefined ? message.mode : $root.csb.v1.NavigationMode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this NavigationTarget to JSON.
             * @function toJSON
             * @memberof csb.v1.NavigationTarget
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NavigationTarget.prototype.toJSON = function() {
                return NavigationTarget.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NavigationTarget
             * @function getTypeUrl
             * @memberof csb.v1.NavigationTarget
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NavigationTarget.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.NavigationTarget";
            };

            return NavigationTarget;
        })();

        /**
         * NavigationMode enum.
         * @name csb.v1.NavigationMode
         * @enum {number}
         * @property {number} NAVIGATION_MODE_UNSPECIFIED=0 NAVIGATION_MODE_UNSPECIFIED value
         * @property {number} NAVIGATION_MODE_DESTINATION=1 NAVIGATION_MODE_DESTINATION value
         * @property {number} NAVIGATION_MODE_WAYPOINT=2 NAVIGATION_MODE_WAYPOINT value
         */
        v1.NavigationMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NAVIGATION_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NAVIGATION_MODE_DESTINATION"] = 1;
            values[valuesById[2] = "NAVIGATION_MODE_WAYPOINT"] = 2;
            return values;
        })();

        v1.AppointmentCancelled = (function() {

            /**
             * Properties of an AppointmentCancelled.
             * @typedef {Object} csb.v1.AppointmentCancelled.$Properties
             * @property {string|null} [appointmentId] AppointmentCancelled appointmentId
             * @property {csb.v1.CancelledBy|null} [cancelledBy] AppointmentCancelled cancelledBy
             * @property {string|null} [reason] AppointmentCancelled reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppointmentCancelled.
             * @memberof csb.v1
             * @interface IAppointmentCancelled
             * @augments csb.v1.AppointmentCancelled.$Properties
             * @deprecated Use csb.v1.AppointmentCancelled.$Properties instead.
             */

            /**
             * Shape of an AppointmentCancelled.
             * @typedef {csb.v1.AppointmentCancelled.$Properties} csb.v1.AppointmentCancelled.$Shape
             */

            /**
             * Constructs a new AppointmentCancelled.
             * @memberof csb.v1
             * @classdesc Represents an AppointmentCancelled.
             * @constructor
             * @param {csb.v1.AppointmentCancelled.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppointmentCancelled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppointmentCancelled appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.AppointmentCancelled
             * @instance
             */
            AppointmentCancelled.prototype.appointmentId = "";

            /**
             * AppointmentCancelled cancelledBy.
             * @member {csb.v1.CancelledBy} cancelledBy
             * @memberof csb.v1.AppointmentCancelled
             * @instance
             */
            AppointmentCancelled.prototype.cancelledBy = 0;

            /**
             * AppointmentCancelled reason.
             * @member {string} reason
             * @memberof csb.v1.AppointmentCancelled
             * @instance
             */
            AppointmentCancelled.prototype.reason = "";

            /**
             * Creates a new AppointmentCancelled instance using the specified properties.
             * @function create
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {csb.v1.AppointmentCancelled.$Properties=} [properties] Properties to set
             * @returns {csb.v1.AppointmentCancelled} AppointmentCancelled instance
             * @type {{
             *   (properties: csb.v1.AppointmentCancelled.$Shape): csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape;
             *   (properties?: csb.v1.AppointmentCancelled.$Properties): csb.v1.AppointmentCancelled;
             * }}
             */
            AppointmentCancelled.create = function(properties) {
                return new AppointmentCancelled(properties);
            };

            /**
             * Encodes the specified AppointmentCancelled message. Does not implicitly {@link csb.v1.AppointmentCancelled.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {csb.v1.AppointmentCancelled.$Properties} message AppointmentCancelled message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppointmentCancelled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.cancelledBy != null && $Object.hasOwnProperty.call(message, "cancelledBy") && message.cancelledBy !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.cancelledBy);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AppointmentCancelled message, length delimited. Does not implicitly {@link csb.v1.AppointmentCancelled.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {csb.v1.AppointmentCancelled.$Properties} message AppointmentCancelled message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppointmentCancelled.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AppointmentCancelled message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape} AppointmentCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppointmentCancelled.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.AppointmentCancelled();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.cancelledBy = value;
                            else
                                delete message.cancelledBy;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Decodes an AppointmentCancelled message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape} AppointmentCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppointmentCancelled.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AppointmentCancelled message.
             * @function verify
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AppointmentCancelled.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.cancelledBy != null && $Object.hasOwnProperty.call(message, "cancelledBy"))
                    if (typeof message.cancelledBy !== "number" || (message.cancelledBy | 0) !== message.cancelledBy)
                        return "cancelledBy: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates an AppointmentCancelled message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.AppointmentCancelled} AppointmentCancelled
             */
            AppointmentCancelled.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.AppointmentCancelled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.AppointmentCancelled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.AppointmentCancelled();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.cancelledBy !== 0 && (typeof object.cancelledBy !== "string" || $root.csb.v1.CancelledBy[object.cancelledBy] !== 0))
                    switch (object.cancelledBy) {
                    case "CANCELLED_BY_UNSPECIFIED":
                    case 0:
                        message.cancelledBy = 0;
                        break;
                    case "CANCELLED_BY_CUSTOMER":
                    case 1:
                        message.cancelledBy = 1;
                        break;
                    case "CANCELLED_BY_DEALER":
                    case 2:
                        message.cancelledBy = 2;
                        break;
                    default:
                        if (typeof object.cancelledBy === "number" && (object.cancelledBy | 0) === object.cancelledBy)
                            message.cancelledBy = object.cancelledBy;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an AppointmentCancelled message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {csb.v1.AppointmentCancelled} message AppointmentCancelled
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppointmentCancelled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.cancelledBy = options.enums === $String ? "CANCELLED_BY_UNSPECIFIED" : 0;
                    object.reason = "";
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.cancelledBy != null && $Object.hasOwnProperty.call(message, "cancelledBy"))
                    object.cancelledBy = options.enums === $String ? $root.csb.v1.CancelledBy[message.cancelledBy] === $undefined ? message.cancelledBy : $root.csb.v1.CancelledBy[message.cancelledBy] : message.cancelledBy;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this AppointmentCancelled to JSON.
             * @function toJSON
             * @memberof csb.v1.AppointmentCancelled
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppointmentCancelled.prototype.toJSON = function() {
                return AppointmentCancelled.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppointmentCancelled
             * @function getTypeUrl
             * @memberof csb.v1.AppointmentCancelled
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppointmentCancelled.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.AppointmentCancelled";
            };

            return AppointmentCancelled;
        })();

        /**
         * CancelledBy enum.
         * @name csb.v1.CancelledBy
         * @enum {number}
         * @property {number} CANCELLED_BY_UNSPECIFIED=0 CANCELLED_BY_UNSPECIFIED value
         * @property {number} CANCELLED_BY_CUSTOMER=1 CANCELLED_BY_CUSTOMER value
         * @property {number} CANCELLED_BY_DEALER=2 CANCELLED_BY_DEALER value
         */
        v1.CancelledBy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CANCELLED_BY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CANCELLED_BY_CUSTOMER"] = 1;
            values[valuesById[2] = "CANCELLED_BY_DEALER"] = 2;
            return values;
        })();

        v1.HealthStatus = (function() {

            /**
             * Properties of a HealthStatus.
             * @typedef {Object} csb.v1.HealthStatus.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [capturedAt] HealthStatus capturedAt
             * @property {number|null} [odometerKm] HealthStatus odometerKm
             * @property {csb.v1.ServiceStatus.$Properties|null} [service] HealthStatus service
             * @property {Array.<csb.v1.Warning.$Properties>|null} [warnings] HealthStatus warnings
             * @property {Array.<csb.v1.DiagnosticTroubleCode.$Properties>|null} [dtcs] HealthStatus dtcs
             * @property {number|null} [fuelLevelPercent] HealthStatus fuelLevelPercent
             * @property {number|null} [tractionBatteryChargePercent] HealthStatus tractionBatteryChargePercent
             * @property {number|null} [lowVoltageBatteryVolts] HealthStatus lowVoltageBatteryVolts
             * @property {number|null} [rangeKm] HealthStatus rangeKm
             * @property {number|null} [engineHours] HealthStatus engineHours
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthStatus.
             * @memberof csb.v1
             * @interface IHealthStatus
             * @augments csb.v1.HealthStatus.$Properties
             * @deprecated Use csb.v1.HealthStatus.$Properties instead.
             */

            /**
             * Shape of a HealthStatus.
             * @typedef {csb.v1.HealthStatus.$Properties} csb.v1.HealthStatus.$Shape
             */

            /**
             * Constructs a new HealthStatus.
             * @memberof csb.v1
             * @classdesc Represents a HealthStatus.
             * @constructor
             * @param {csb.v1.HealthStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthStatus = function (properties) {
                this.warnings = [];
                this.dtcs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HealthStatus capturedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} capturedAt
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.capturedAt = null;

            /**
             * HealthStatus odometerKm.
             * @member {number|null|undefined} odometerKm
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.odometerKm = null;

            /**
             * HealthStatus service.
             * @member {csb.v1.ServiceStatus.$Properties|null|undefined} service
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.service = null;

            /**
             * HealthStatus warnings.
             * @member {Array.<csb.v1.Warning.$Properties>} warnings
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.warnings = $util.emptyArray;

            /**
             * HealthStatus dtcs.
             * @member {Array.<csb.v1.DiagnosticTroubleCode.$Properties>} dtcs
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.dtcs = $util.emptyArray;

            /**
             * HealthStatus fuelLevelPercent.
             * @member {number|null|undefined} fuelLevelPercent
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.fuelLevelPercent = null;

            /**
             * HealthStatus tractionBatteryChargePercent.
             * @member {number|null|undefined} tractionBatteryChargePercent
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.tractionBatteryChargePercent = null;

            /**
             * HealthStatus lowVoltageBatteryVolts.
             * @member {number|null|undefined} lowVoltageBatteryVolts
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.lowVoltageBatteryVolts = null;

            /**
             * HealthStatus rangeKm.
             * @member {number|null|undefined} rangeKm
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.rangeKm = null;

            /**
             * HealthStatus engineHours.
             * @member {number|null|undefined} engineHours
             * @memberof csb.v1.HealthStatus
             * @instance
             */
            HealthStatus.prototype.engineHours = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthStatus.prototype, "_odometerKm", {
                get: $util.oneOfGetter($oneOfFields = ["odometerKm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthStatus.prototype, "_fuelLevelPercent", {
                get: $util.oneOfGetter($oneOfFields = ["fuelLevelPercent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthStatus.prototype, "_tractionBatteryChargePercent", {
                get: $util.oneOfGetter($oneOfFields = ["tractionBatteryChargePercent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthStatus.prototype, "_lowVoltageBatteryVolts", {
                get: $util.oneOfGetter($oneOfFields = ["lowVoltageBatteryVolts"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthStatus.prototype, "_rangeKm", {
                get: $util.oneOfGetter($oneOfFields = ["rangeKm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthStatus.prototype, "_engineHours", {
                get: $util.oneOfGetter($oneOfFields = ["engineHours"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HealthStatus instance using the specified properties.
             * @function create
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {csb.v1.HealthStatus.$Properties=} [properties] Properties to set
             * @returns {csb.v1.HealthStatus} HealthStatus instance
             * @type {{
             *   (properties: csb.v1.HealthStatus.$Shape): csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape;
             *   (properties?: csb.v1.HealthStatus.$Properties): csb.v1.HealthStatus;
             * }}
             */
            HealthStatus.create = function(properties) {
                return new HealthStatus(properties);
            };

            /**
             * Encodes the specified HealthStatus message. Does not implicitly {@link csb.v1.HealthStatus.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {csb.v1.HealthStatus.$Properties} message HealthStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.capturedAt != null && $Object.hasOwnProperty.call(message, "capturedAt"))
                    $root.google.protobuf.Timestamp.encode(message.capturedAt, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.odometerKm != null && $Object.hasOwnProperty.call(message, "odometerKm"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.odometerKm);
                if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                    $root.csb.v1.ServiceStatus.encode(message.service, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        $root.csb.v1.Warning.encode(message.warnings[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.dtcs != null && message.dtcs.length)
                    for (let i = 0; i < message.dtcs.length; ++i)
                        $root.csb.v1.DiagnosticTroubleCode.encode(message.dtcs[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.fuelLevelPercent != null && $Object.hasOwnProperty.call(message, "fuelLevelPercent"))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.fuelLevelPercent);
                if (message.tractionBatteryChargePercent != null && $Object.hasOwnProperty.call(message, "tractionBatteryChargePercent"))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.tractionBatteryChargePercent);
                if (message.lowVoltageBatteryVolts != null && $Object.hasOwnProperty.call(message, "lowVoltageBatteryVolts"))
                    writer.uint32(/* id 8, wireType 5 =*/69).float(message.lowVoltageBatteryVolts);
                if (message.rangeKm != null && $Object.hasOwnProperty.call(message, "rangeKm"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.rangeKm);
                if (message.engineHours != null && $Object.hasOwnProperty.call(message, "engineHours"))
                    writer.uint32(/* id 10, wireType 5 =*/85).float(message.engineHours);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HealthStatus message, length delimited. Does not implicitly {@link csb.v1.HealthStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {csb.v1.HealthStatus.$Properties} message HealthStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HealthStatus message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape} HealthStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.HealthStatus();
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
                            message.capturedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.capturedAt);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.odometerKm = reader.uint32();
                            message._odometerKm = "odometerKm";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.service = $root.csb.v1.ServiceStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.service);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push($root.csb.v1.Warning.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dtcs && message.dtcs.length))
                                message.dtcs = [];
                            message.dtcs.push($root.csb.v1.DiagnosticTroubleCode.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            message.fuelLevelPercent = reader.float();
                            message._fuelLevelPercent = "fuelLevelPercent";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            message.tractionBatteryChargePercent = reader.float();
                            message._tractionBatteryChargePercent = "tractionBatteryChargePercent";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            message.lowVoltageBatteryVolts = reader.float();
                            message._lowVoltageBatteryVolts = "lowVoltageBatteryVolts";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.rangeKm = reader.uint32();
                            message._rangeKm = "rangeKm";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 5)
                                break;
                            message.engineHours = reader.float();
                            message._engineHours = "engineHours";
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
             * Decodes a HealthStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape} HealthStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HealthStatus message.
             * @function verify
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.capturedAt != null && $Object.hasOwnProperty.call(message, "capturedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.capturedAt, _depth + 1);
                    if (error)
                        return "capturedAt." + error;
                }
                if (message.odometerKm != null && $Object.hasOwnProperty.call(message, "odometerKm")) {
                    properties._odometerKm = 1;
                    if (!$util.isInteger(message.odometerKm))
                        return "odometerKm: integer expected";
                }
                if (message.service != null && $Object.hasOwnProperty.call(message, "service")) {
                    let error = $root.csb.v1.ServiceStatus.verify(message.service, _depth + 1);
                    if (error)
                        return "service." + error;
                }
                if (message.warnings != null && $Object.hasOwnProperty.call(message, "warnings")) {
                    if (!$Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (let i = 0; i < message.warnings.length; ++i) {
                        let error = $root.csb.v1.Warning.verify(message.warnings[i], _depth + 1);
                        if (error)
                            return "warnings." + error;
                    }
                }
                if (message.dtcs != null && $Object.hasOwnProperty.call(message, "dtcs")) {
                    if (!$Array.isArray(message.dtcs))
                        return "dtcs: array expected";
                    for (let i = 0; i < message.dtcs.length; ++i) {
                        let error = $root.csb.v1.DiagnosticTroubleCode.verify(message.dtcs[i], _depth + 1);
                        if (error)
                            return "dtcs." + error;
                    }
                }
                if (message.fuelLevelPercent != null && $Object.hasOwnProperty.call(message, "fuelLevelPercent")) {
                    properties._fuelLevelPercent = 1;
                    if (typeof message.fuelLevelPercent !== "number")
                        return "fuelLevelPercent: number expected";
                }
                if (message.tractionBatteryChargePercent != null && $Object.hasOwnProperty.call(message, "tractionBatteryChargePercent")) {
                    properties._tractionBatteryChargePercent = 1;
                    if (typeof message.tractionBatteryChargePercent !== "number")
                        return "tractionBatteryChargePercent: number expected";
                }
                if (message.lowVoltageBatteryVolts != null && $Object.hasOwnProperty.call(message, "lowVoltageBatteryVolts")) {
                    properties._lowVoltageBatteryVolts = 1;
                    if (typeof message.lowVoltageBatteryVolts !== "number")
                        return "lowVoltageBatteryVolts: number expected";
                }
                if (message.rangeKm != null && $Object.hasOwnProperty.call(message, "rangeKm")) {
                    properties._rangeKm = 1;
                    if (!$util.isInteger(message.rangeKm))
                        return "rangeKm: integer expected";
                }
                if (message.engineHours != null && $Object.hasOwnProperty.call(message, "engineHours")) {
                    properties._engineHours = 1;
                    if (typeof message.engineHours !== "number")
                        return "engineHours: number expected";
                }
                return null;
            };

            /**
             * Creates a HealthStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.HealthStatus} HealthStatus
             */
            HealthStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.HealthStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.HealthStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.HealthStatus();
                if (object.capturedAt != null) {
                    if (!$util.isObject(object.capturedAt))
                        throw $TypeError(".csb.v1.HealthStatus.capturedAt: object expected");
                    message.capturedAt = $root.google.protobuf.Timestamp.fromObject(object.capturedAt, _depth + 1);
                }
                if (object.odometerKm != null)
                    message.odometerKm = object.odometerKm >>> 0;
                if (object.service != null) {
                    if (!$util.isObject(object.service))
                        throw $TypeError(".csb.v1.HealthStatus.service: object expected");
                    message.service = $root.csb.v1.ServiceStatus.fromObject(object.service, _depth + 1);
                }
                if (object.warnings) {
                    if (!$Array.isArray(object.warnings))
                        throw $TypeError(".csb.v1.HealthStatus.warnings: array expected");
                    message.warnings = $Array(object.warnings.length);
                    for (let i = 0; i < object.warnings.length; ++i) {
                        if (!$util.isObject(object.warnings[i]))
                            throw $TypeError(".csb.v1.HealthStatus.warnings: object expected");
                        message.warnings[i] = $root.csb.v1.Warning.fromObject(object.warnings[i], _depth + 1);
                    }
                }
                if (object.dtcs) {
                    if (!$Array.isArray(object.dtcs))
                        throw $TypeError(".csb.v1.HealthStatus.dtcs: array expected");
                    message.dtcs = $Array(object.dtcs.length);
                    for (let i = 0; i < object.dtcs.length; ++i) {
                        if (!$util.isObject(object.dtcs[i]))
                            throw $TypeError(".csb.v1.HealthStatus.dtcs: object expected");
                        message.dtcs[i] = $root.csb.v1.DiagnosticTroubleCode.fromObject(object.dtcs[i], _depth + 1);
                    }
                }
                if (object.fuelLevelPercent != null)
                    message.fuelLevelPercent = $Number(object.fuelLevelPercent);
                if (object.tractionBatteryChargePercent != null)
                    message.tractionBatteryChargePercent = $Number(object.tractionBatteryChargePercent);
                if (object.lowVoltageBatteryVolts != null)
                    message.lowVoltageBatteryVolts = $Number(object.lowVoltageBatteryVolts);
                if (object.rangeKm != null)
                    message.rangeKm = object.rangeKm >>> 0;
                if (object.engineHours != null)
                    message.engineHours = $Number(object.engineHours);
                return message;
            };

            /**
             * Creates a plain object from a HealthStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {csb.v1.HealthStatus} message HealthStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.warnings = [];
                    object.dtcs = [];
                }
                if (options.defaults) {
                    object.capturedAt = null;
                    object.service = null;
                }
                if (message.capturedAt != null && $Object.hasOwnProperty.call(message, "capturedAt"))
                    object.capturedAt = $root.google.protobuf.Timestamp.toObject(message.capturedAt, options, _depth + 1);
                if (message.odometerKm != null && $Object.hasOwnProperty.call(message, "odometerKm"))
                    object.odometerKm = message.odometerKm;
                if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                    object.service = $root.csb.v1.ServiceStatus.toObject(message.service, options, _depth + 1);
                if (message.warnings && message.warnings.length) {
                    object.warnings = $Array(message.warnings.length);
                    for (let j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = $root.csb.v1.Warning.toObject(message.warnings[j], options, _depth + 1);
                }
                if (message.dtcs && message.dtcs.length) {
                    object.dtcs = $Array(message.dtcs.length);
                    for (let j = 0; j < message.dtcs.length; ++j)
                        object.dtcs[j] = $root.csb.v1.DiagnosticTroubleCode.toObject(message.dtcs[j], options, _depth + 1);
                }
                if (message.fuelLevelPercent != null && $Object.hasOwnProperty.call(message, "fuelLevelPercent"))
                    object.fuelLevelPercent = options.json && !$isFinite(message.fuelLevelPercent) ? $String(message.fuelLevelPercent) : message.fuelLevelPercent;
                if (message.tractionBatteryChargePercent != null && $Object.hasOwnProperty.call(message, "tractionBatteryChargePercent"))
                    object.tractionBatteryChargePercent = options.json && !$isFinite(message.tractionBatteryChargePercent) ? $String(message.tractionBatteryChargePercent) : message.tractionBatteryChargePercent;
                if (message.lowVoltageBatteryVolts != null && $Object.hasOwnProperty.call(message, "lowVoltageBatteryVolts"))
                    object.lowVoltageBatteryVolts = options.json && !$isFinite(message.lowVoltageBatteryVolts) ? $String(message.lowVoltageBatteryVolts) : message.lowVoltageBatteryVolts;
                if (message.rangeKm != null && $Object.hasOwnProperty.call(message, "rangeKm"))
                    object.rangeKm = message.rangeKm;
                if (message.engineHours != null && $Object.hasOwnProperty.call(message, "engineHours"))
                    object.engineHours = options.json && !$isFinite(message.engineHours) ? $String(message.engineHours) : message.engineHours;
                return object;
            };

            /**
             * Converts this HealthStatus to JSON.
             * @function toJSON
             * @memberof csb.v1.HealthStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthStatus.prototype.toJSON = function() {
                return HealthStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthStatus
             * @function getTypeUrl
             * @memberof csb.v1.HealthStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.HealthStatus";
            };

            return HealthStatus;
        })();

        v1.ServiceStatus = (function() {

            /**
             * Properties of a ServiceStatus.
             * @typedef {Object} csb.v1.ServiceStatus.$Properties
             * @property {boolean|null} [isServiceDue] ServiceStatus isServiceDue
             * @property {number|null} [distanceToServiceKm] ServiceStatus distanceToServiceKm
             * @property {number|null} [timeToServiceS] ServiceStatus timeToServiceS
             * @property {number|null} [engineHoursToService] ServiceStatus engineHoursToService
             * @property {csb.v1.ServiceTrigger|null} [trigger] ServiceStatus trigger
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServiceStatus.
             * @memberof csb.v1
             * @interface IServiceStatus
             * @augments csb.v1.ServiceStatus.$Properties
             * @deprecated Use csb.v1.ServiceStatus.$Properties instead.
             */

            /**
             * Shape of a ServiceStatus.
             * @typedef {csb.v1.ServiceStatus.$Properties} csb.v1.ServiceStatus.$Shape
             */

            /**
             * Constructs a new ServiceStatus.
             * @memberof csb.v1
             * @classdesc Represents a ServiceStatus.
             * @constructor
             * @param {csb.v1.ServiceStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServiceStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServiceStatus isServiceDue.
             * @member {boolean} isServiceDue
             * @memberof csb.v1.ServiceStatus
             * @instance
             */
            ServiceStatus.prototype.isServiceDue = false;

            /**
             * ServiceStatus distanceToServiceKm.
             * @member {number|null|undefined} distanceToServiceKm
             * @memberof csb.v1.ServiceStatus
             * @instance
             */
            ServiceStatus.prototype.distanceToServiceKm = null;

            /**
             * ServiceStatus timeToServiceS.
             * @member {number|null|undefined} timeToServiceS
             * @memberof csb.v1.ServiceStatus
             * @instance
             */
            ServiceStatus.prototype.timeToServiceS = null;

            /**
             * ServiceStatus engineHoursToService.
             * @member {number|null|undefined} engineHoursToService
             * @memberof csb.v1.ServiceStatus
             * @instance
             */
            ServiceStatus.prototype.engineHoursToService = null;

            /**
             * ServiceStatus trigger.
             * @member {csb.v1.ServiceTrigger} trigger
             * @memberof csb.v1.ServiceStatus
             * @instance
             */
            ServiceStatus.prototype.trigger = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceStatus.prototype, "_distanceToServiceKm", {
                get: $util.oneOfGetter($oneOfFields = ["distanceToServiceKm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceStatus.prototype, "_timeToServiceS", {
                get: $util.oneOfGetter($oneOfFields = ["timeToServiceS"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceStatus.prototype, "_engineHoursToService", {
                get: $util.oneOfGetter($oneOfFields = ["engineHoursToService"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServiceStatus instance using the specified properties.
             * @function create
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {csb.v1.ServiceStatus.$Properties=} [properties] Properties to set
             * @returns {csb.v1.ServiceStatus} ServiceStatus instance
             * @type {{
             *   (properties: csb.v1.ServiceStatus.$Shape): csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape;
             *   (properties?: csb.v1.ServiceStatus.$Properties): csb.v1.ServiceStatus;
             * }}
             */
            ServiceStatus.create = function(properties) {
                return new ServiceStatus(properties);
            };

            /**
             * Encodes the specified ServiceStatus message. Does not implicitly {@link csb.v1.ServiceStatus.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {csb.v1.ServiceStatus.$Properties} message ServiceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.isServiceDue != null && $Object.hasOwnProperty.call(message, "isServiceDue") && message.isServiceDue !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.isServiceDue);
                if (message.distanceToServiceKm != null && $Object.hasOwnProperty.call(message, "distanceToServiceKm"))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.distanceToServiceKm);
                if (message.timeToServiceS != null && $Object.hasOwnProperty.call(message, "timeToServiceS"))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.timeToServiceS);
                if (message.engineHoursToService != null && $Object.hasOwnProperty.call(message, "engineHoursToService"))
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.engineHoursToService);
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.trigger);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ServiceStatus message, length delimited. Does not implicitly {@link csb.v1.ServiceStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {csb.v1.ServiceStatus.$Properties} message ServiceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServiceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape} ServiceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.ServiceStatus();
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
                            if (value = reader.bool())
                                message.isServiceDue = value;
                            else
                                delete message.isServiceDue;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.distanceToServiceKm = reader.sint32();
                            message._distanceToServiceKm = "distanceToServiceKm";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.timeToServiceS = reader.sint64();
                            message._timeToServiceS = "timeToServiceS";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.engineHoursToService = reader.sint32();
                            message._engineHoursToService = "engineHoursToService";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.trigger = value;
                            else
                                delete message.trigger;
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
             * Decodes a ServiceStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape} ServiceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServiceStatus message.
             * @function verify
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServiceStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.isServiceDue != null && $Object.hasOwnProperty.call(message, "isServiceDue"))
                    if (typeof message.isServiceDue !== "boolean")
                        return "isServiceDue: boolean expected";
                if (message.distanceToServiceKm != null && $Object.hasOwnProperty.call(message, "distanceToServiceKm")) {
                    properties._distanceToServiceKm = 1;
                    if (!$util.isInteger(message.distanceToServiceKm))
                        return "distanceToServiceKm: integer expected";
                }
                if (message.timeToServiceS != null && $Object.hasOwnProperty.call(message, "timeToServiceS")) {
                    properties._timeToServiceS = 1;
                    if (!$util.isInteger(message.timeToServiceS) && !(message.timeToServiceS && $util.isInteger(message.timeToServiceS.low) && $util.isInteger(message.timeToServiceS.high)))
                        return "timeToServiceS: integer|Long expected";
                }
                if (message.engineHoursToService != null && $Object.hasOwnProperty.call(message, "engineHoursToService")) {
                    properties._engineHoursToService = 1;
                    if (!$util.isInteger(message.engineHoursToService))
                        return "engineHoursToService: integer expected";
                }
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    if (typeof message.trigger !== "number" || (message.trigger | 0) !== message.trigger)
                        return "trigger: enum value expected";
                return null;
            };

            /**
             * Creates a ServiceStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.ServiceStatus} ServiceStatus
             */
            ServiceStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.ServiceStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.ServiceStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.ServiceStatus();
                if (object.isServiceDue != null)
                    if (object.isServiceDue)
                        message.isServiceDue = $Boolean(object.isServiceDue);
                if (object.distanceToServiceKm != null)
                    message.distanceToServiceKm = object.distanceToServiceKm | 0;
                if (object.timeToServiceS != null)
                    if ($util.Long)
                        message.timeToServiceS = $util.Long.fromValue(object.timeToServiceS, false);
                    else if (typeof object.timeToServiceS === "string")
                        message.timeToServiceS = $parseInt(object.timeToServiceS, 10);
                    else if (typeof object.timeToServiceS === "number")
                        message.timeToServiceS = object.timeToServiceS;
                    else if (typeof object.timeToServiceS === "object")
                        message.timeToServiceS = new $util.LongBits(object.timeToServiceS.low >>> 0, object.timeToServiceS.high >>> 0).toNumber();
                if (object.engineHoursToService != null)
                    message.engineHoursToService = object.engineHoursToService | 0;
                if (object.trigger !== 0 && (typeof object.trigger !== "string" || $root.csb.v1.ServiceTrigger[object.trigger] !== 0))
                    switch (object.trigger) {
                    case "SERVICE_TRIGGER_UNSPECIFIED":
                    case 0:
                        message.trigger = 0;
                        break;
                    case "SERVICE_TRIGGER_CALENDAR_DAYS":
                    case 1:
                        message.trigger = 1;
                        break;
                    case "SERVICE_TRIGGER_DISTANCE":
                    case 2:
                        message.trigger = 2;
                        break;
                    case "SERVICE_TRIGGER_ENGINE_HOURS":
                    case 3:
                        message.trigger = 3;
                        break;
                    case "SERVICE_TRIGGER_ENGINE_OIL":
                    case 4:
                        message.trigger = 4;
                        break;
                    default:
                        if (typeof object.trigger === "number" && (object.trigger | 0) === object.trigger)
                            message.trigger = object.trigger;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ServiceStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {csb.v1.ServiceStatus} message ServiceStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServiceStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.isServiceDue = false;
                    object.trigger = options.enums === $String ? "SERVICE_TRIGGER_UNSPECIFIED" : 0;
                }
                if (message.isServiceDue != null && $Object.hasOwnProperty.call(message, "isServiceDue"))
                    object.isServiceDue = message.isServiceDue;
                if (message.distanceToServiceKm != null && $Object.hasOwnProperty.call(message, "distanceToServiceKm"))
                    object.distanceToServiceKm = message.distanceToServiceKm;
                if (message.timeToServiceS != null && $Object.hasOwnProperty.call(message, "timeToServiceS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeToServiceS = typeof message.timeToServiceS === "number" ? $BigInt(message.timeToServiceS) : $util.Long.fromBits(message.timeToServiceS.low >>> 0, message.timeToServiceS.high >>> 0, false).toBigInt();
                    else if (typeof message.timeToServiceS === "number")
                        object.timeToServiceS = options.longs === $String ? $String(message.timeToServiceS) : message.timeToServiceS;
                    else
                        object.timeToServiceS = options.longs === $String ? $util.Long.prototype.toString.call(message.timeToServiceS) : options.longs === $Number ? new $util.LongBits(message.timeToServiceS.low >>> 0, message.timeToServiceS.high >>> 0).toNumber() : message.timeToServiceS;
                if (message.engineHoursToService != null && $Object.hasOwnProperty.call(message, "engineHoursToService"))
                    object.engineHoursToService = message.engineHoursToService;
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    object.trigger = options.enums === $String ? $root.csb.v1.ServiceTrigger[message.trigger] === $undefined ? message.trigger : $root.csb.v1.ServiceTrigger[message.trigger] : message.trigger;
                return object;
            };

            /**
             * Converts this ServiceStatus to JSON.
             * @function toJSON
             * @memberof csb.v1.ServiceStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServiceStatus.prototype.toJSON = function() {
                return ServiceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServiceStatus
             * @function getTypeUrl
             * @memberof csb.v1.ServiceStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServiceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.ServiceStatus";
            };

            return ServiceStatus;
        })();

        /**
         * ServiceTrigger enum.
         * @name csb.v1.ServiceTrigger
         * @enum {number}
         * @property {number} SERVICE_TRIGGER_UNSPECIFIED=0 SERVICE_TRIGGER_UNSPECIFIED value
         * @property {number} SERVICE_TRIGGER_CALENDAR_DAYS=1 SERVICE_TRIGGER_CALENDAR_DAYS value
         * @property {number} SERVICE_TRIGGER_DISTANCE=2 SERVICE_TRIGGER_DISTANCE value
         * @property {number} SERVICE_TRIGGER_ENGINE_HOURS=3 SERVICE_TRIGGER_ENGINE_HOURS value
         * @property {number} SERVICE_TRIGGER_ENGINE_OIL=4 SERVICE_TRIGGER_ENGINE_OIL value
         */
        v1.ServiceTrigger = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SERVICE_TRIGGER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SERVICE_TRIGGER_CALENDAR_DAYS"] = 1;
            values[valuesById[2] = "SERVICE_TRIGGER_DISTANCE"] = 2;
            values[valuesById[3] = "SERVICE_TRIGGER_ENGINE_HOURS"] = 3;
            values[valuesById[4] = "SERVICE_TRIGGER_ENGINE_OIL"] = 4;
            return values;
        })();

        v1.Warning = (function() {

            /**
             * Properties of a Warning.
             * @typedef {Object} csb.v1.Warning.$Properties
             * @property {csb.v1.WarningType|null} [type] Warning type
             * @property {csb.v1.Severity|null} [severity] Warning severity
             * @property {string|null} [code] Warning code
             * @property {string|null} [location] Warning location
             * @property {google.protobuf.Timestamp.$Properties|null} [activeSince] Warning activeSince
             * @property {string|null} [text] Warning text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Warning.
             * @memberof csb.v1
             * @interface IWarning
             * @augments csb.v1.Warning.$Properties
             * @deprecated Use csb.v1.Warning.$Properties instead.
             */

            /**
             * Shape of a Warning.
             * @typedef {csb.v1.Warning.$Properties} csb.v1.Warning.$Shape
             */

            /**
             * Constructs a new Warning.
             * @memberof csb.v1
             * @classdesc Represents a Warning.
             * @constructor
             * @param {csb.v1.Warning.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Warning = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Warning type.
             * @member {csb.v1.WarningType} type
             * @memberof csb.v1.Warning
             * @instance
             */
            Warning.prototype.type = 0;

            /**
             * Warning severity.
             * @member {csb.v1.Severity} severity
             * @memberof csb.v1.Warning
             * @instance
             */
            Warning.prototype.severity = 0;

            /**
             * Warning code.
             * @member {string} code
             * @memberof csb.v1.Warning
             * @instance
             */
            Warning.prototype.code = "";

            /**
             * Warning location.
             * @member {string} location
             * @memberof csb.v1.Warning
             * @instance
             */
            Warning.prototype.location = "";

            /**
             * Warning activeSince.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} activeSince
             * @memberof csb.v1.Warning
             * @instance
             */
            Warning.prototype.activeSince = null;

            /**
             * Warning text.
             * @member {string} text
             * @memberof csb.v1.Warning
             * @instance
             */
            Warning.prototype.text = "";

            /**
             * Creates a new Warning instance using the specified properties.
             * @function create
             * @memberof csb.v1.Warning
             * @static
             * @param {csb.v1.Warning.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Warning} Warning instance
             * @type {{
             *   (properties: csb.v1.Warning.$Shape): csb.v1.Warning & csb.v1.Warning.$Shape;
             *   (properties?: csb.v1.Warning.$Properties): csb.v1.Warning;
             * }}
             */
            Warning.create = function(properties) {
                return new Warning(properties);
            };

            /**
             * Encodes the specified Warning message. Does not implicitly {@link csb.v1.Warning.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Warning
             * @static
             * @param {csb.v1.Warning.$Properties} message Warning message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warning.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.severity);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location") && message.location !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.location);
                if (message.activeSince != null && $Object.hasOwnProperty.call(message, "activeSince"))
                    $root.google.protobuf.Timestamp.encode(message.activeSince, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Warning message, length delimited. Does not implicitly {@link csb.v1.Warning.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Warning
             * @static
             * @param {csb.v1.Warning.$Properties} message Warning message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warning.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Warning message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Warning
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Warning & csb.v1.Warning.$Shape} Warning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warning.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Warning();
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
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.location = value;
                            else
                                delete message.location;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.activeSince = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.activeSince);
                            continue;
                        }
                    case 6: {
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
             * Decodes a Warning message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Warning
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Warning & csb.v1.Warning.$Shape} Warning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warning.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Warning message.
             * @function verify
             * @memberof csb.v1.Warning
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Warning.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    if (!$util.isString(message.location))
                        return "location: string expected";
                if (message.activeSince != null && $Object.hasOwnProperty.call(message, "activeSince")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.activeSince, _depth + 1);
                    if (error)
                        return "activeSince." + error;
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates a Warning message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Warning
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Warning} Warning
             */
            Warning.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Warning)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Warning: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Warning();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.csb.v1.WarningType[object.type] !== 0))
                    switch (object.type) {
                    case "WARNING_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "WARNING_TYPE_OTHER":
                    case 1:
                        message.type = 1;
                        break;
                    case "WARNING_TYPE_ENGINE_OIL_LEVEL_LOW":
                    case 2:
                        message.type = 2;
                        break;
                    case "WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW":
                    case 3:
                        message.type = 3;
                        break;
                    case "WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW":
                    case 4:
                        message.type = 4;
                        break;
                    case "WARNING_TYPE_BRAKE_FLUID_LOW":
                    case 5:
                        message.type = 5;
                        break;
                    case "WARNING_TYPE_WASHER_FLUID_LOW":
                    case 6:
                        message.type = 6;
                        break;
                    case "WARNING_TYPE_FUEL_LOW":
                    case 7:
                        message.type = 7;
                        break;
                    case "WARNING_TYPE_TYRE_PRESSURE_LOW":
                    case 8:
                        message.type = 8;
                        break;
                    case "WARNING_TYPE_ABS_ERROR":
                    case 9:
                        message.type = 9;
                        break;
                    case "WARNING_TYPE_ESC_ERROR":
                    case 10:
                        message.type = 10;
                        break;
                    case "WARNING_TYPE_BULB_FAILURE":
                    case 11:
                        message.type = 11;
                        break;
                    case "WARNING_TYPE_ENGINE_MALFUNCTION":
                    case 12:
                        message.type = 12;
                        break;
                    case "WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW":
                    case 13:
                        message.type = 13;
                        break;
                    case "WARNING_TYPE_TRACTION_BATTERY_FAULT":
                    case 14:
                        message.type = 14;
                        break;
                    case "WARNING_TYPE_AIRBAG_FAULT":
                    case 15:
                        message.type = 15;
                        break;
                    case "WARNING_TYPE_BRAKE_PAD_WEAR":
                    case 16:
                        message.type = 16;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.csb.v1.Severity[object.severity] !== 0))
                    switch (object.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "SEVERITY_INFO":
                    case 1:
                        message.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "SEVERITY_CRITICAL":
                    case 3:
                        message.severity = 3;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.location != null)
                    if (typeof object.location !== "string" || object.location.length)
                        message.location = $String(object.location);
                if (object.activeSince != null) {
                    if (!$util.isObject(object.activeSince))
                        throw $TypeError(".csb.v1.Warning.activeSince: object expected");
                    message.activeSince = $root.google.protobuf.Timestamp.fromObject(object.activeSince, _depth + 1);
                }
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a Warning message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Warning
             * @static
             * @param {csb.v1.Warning} message Warning
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Warning.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "WARNING_TYPE_UNSPECIFIED" : 0;
                    object.severity = options.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.code = "";
                    object.location = "";
                    object.activeSince = null;
                    object.text = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.csb.v1.WarningType[message.type] === $undefined ? message.type : $root.csb.v1.WarningType[message.type] : message.type;
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.csb.v1.Severity[message.severity] === $undefined ? message.severity : $root.csb.v1.Severity[message.severity] : message.severity;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = message.location;
                if (message.activeSince != null && $Object.hasOwnProperty.call(message, "activeSince"))
                    object.activeSince = $root.google.protobuf.Timestamp.toObject(message.activeSince, options, _depth + 1);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this Warning to JSON.
             * @function toJSON
             * @memberof csb.v1.Warning
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Warning.prototype.toJSON = function() {
                return Warning.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Warning
             * @function getTypeUrl
             * @memberof csb.v1.Warning
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Warning.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Warning";
            };

            return Warning;
        })();

        /**
         * WarningType enum.
         * @name csb.v1.WarningType
         * @enum {number}
         * @property {number} WARNING_TYPE_UNSPECIFIED=0 WARNING_TYPE_UNSPECIFIED value
         * @property {number} WARNING_TYPE_OTHER=1 WARNING_TYPE_OTHER value
         * @property {number} WARNING_TYPE_ENGINE_OIL_LEVEL_LOW=2 WARNING_TYPE_ENGINE_OIL_LEVEL_LOW value
         * @property {number} WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW=3 WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW value
         * @property {number} WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW=4 WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW value
         * @property {number} WARNING_TYPE_BRAKE_FLUID_LOW=5 WARNING_TYPE_BRAKE_FLUID_LOW value
         * @property {number} WARNING_TYPE_WASHER_FLUID_LOW=6 WARNING_TYPE_WASHER_FLUID_LOW value
         * @property {number} WARNING_TYPE_FUEL_LOW=7 WARNING_TYPE_FUEL_LOW value
         * @property {number} WARNING_TYPE_TYRE_PRESSURE_LOW=8 WARNING_TYPE_TYRE_PRESSURE_LOW value
         * @property {number} WARNING_TYPE_ABS_ERROR=9 WARNING_TYPE_ABS_ERROR value
         * @property {number} WARNING_TYPE_ESC_ERROR=10 WARNING_TYPE_ESC_ERROR value
         * @property {number} WARNING_TYPE_BULB_FAILURE=11 WARNING_TYPE_BULB_FAILURE value
         * @property {number} WARNING_TYPE_ENGINE_MALFUNCTION=12 WARNING_TYPE_ENGINE_MALFUNCTION value
         * @property {number} WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW=13 WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW value
         * @property {number} WARNING_TYPE_TRACTION_BATTERY_FAULT=14 WARNING_TYPE_TRACTION_BATTERY_FAULT value
         * @property {number} WARNING_TYPE_AIRBAG_FAULT=15 WARNING_TYPE_AIRBAG_FAULT value
         * @property {number} WARNING_TYPE_BRAKE_PAD_WEAR=16 WARNING_TYPE_BRAKE_PAD_WEAR value
         */
        v1.WarningType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "WARNING_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "WARNING_TYPE_OTHER"] = 1;
            values[valuesById[2] = "WARNING_TYPE_ENGINE_OIL_LEVEL_LOW"] = 2;
            values[valuesById[3] = "WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW"] = 3;
            values[valuesById[4] = "WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW"] = 4;
            values[valuesById[5] = "WARNING_TYPE_BRAKE_FLUID_LOW"] = 5;
            values[valuesById[6] = "WARNING_TYPE_WASHER_FLUID_LOW"] = 6;
            values[valuesById[7] = "WARNING_TYPE_FUEL_LOW"] = 7;
            values[valuesById[8] = "WARNING_TYPE_TYRE_PRESSURE_LOW"] = 8;
            values[valuesById[9] = "WARNING_TYPE_ABS_ERROR"] = 9;
            values[valuesById[10] = "WARNING_TYPE_ESC_ERROR"] = 10;
            values[valuesById[11] = "WARNING_TYPE_BULB_FAILURE"] = 11;
            values[valuesById[12] = "WARNING_TYPE_ENGINE_MALFUNCTION"] = 12;
            values[valuesById[13] = "WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW"] = 13;
            values[valuesById[14] = "WARNING_TYPE_TRACTION_BATTERY_FAULT"] = 14;
            values[valuesById[15] = "WARNING_TYPE_AIRBAG_FAULT"] = 15;
            values[valuesById[16] = "WARNING_TYPE_BRAKE_PAD_WEAR"] = 16;
            return values;
        })();

        /**
         * Severity enum.
         * @name csb.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} SEVERITY_INFO=1 SEVERITY_INFO value
         * @property {number} SEVERITY_WARNING=2 SEVERITY_WARNING value
         * @property {number} SEVERITY_CRITICAL=3 SEVERITY_CRITICAL value
         */
        v1.Severity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_INFO"] = 1;
            values[valuesById[2] = "SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "SEVERITY_CRITICAL"] = 3;
            return values;
        })();

        v1.DiagnosticTroubleCode = (function() {

            /**
             * Properties of a DiagnosticTroubleCode.
             * @typedef {Object} csb.v1.DiagnosticTroubleCode.$Properties
             * @property {string|null} [code] DiagnosticTroubleCode code
             * @property {string|null} [ecu] DiagnosticTroubleCode ecu
             * @property {csb.v1.DtcStatus|null} [status] DiagnosticTroubleCode status
             * @property {csb.v1.Severity|null} [severity] DiagnosticTroubleCode severity
             * @property {google.protobuf.Timestamp.$Properties|null} [firstSeen] DiagnosticTroubleCode firstSeen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiagnosticTroubleCode.
             * @memberof csb.v1
             * @interface IDiagnosticTroubleCode
             * @augments csb.v1.DiagnosticTroubleCode.$Properties
             * @deprecated Use csb.v1.DiagnosticTroubleCode.$Properties instead.
             */

            /**
             * Shape of a DiagnosticTroubleCode.
             * @typedef {csb.v1.DiagnosticTroubleCode.$Properties} csb.v1.DiagnosticTroubleCode.$Shape
             */

            /**
             * Constructs a new DiagnosticTroubleCode.
             * @memberof csb.v1
             * @classdesc Represents a DiagnosticTroubleCode.
             * @constructor
             * @param {csb.v1.DiagnosticTroubleCode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiagnosticTroubleCode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DiagnosticTroubleCode code.
             * @member {string} code
             * @memberof csb.v1.DiagnosticTroubleCode
             * @instance
             */
            DiagnosticTroubleCode.prototype.code = "";

            /**
             * DiagnosticTroubleCode ecu.
             * @member {string} ecu
             * @memberof csb.v1.DiagnosticTroubleCode
             * @instance
             */
            DiagnosticTroubleCode.prototype.ecu = "";

            /**
             * DiagnosticTroubleCode status.
             * @member {csb.v1.DtcStatus} status
             * @memberof csb.v1.DiagnosticTroubleCode
             * @instance
             */
            DiagnosticTroubleCode.prototype.status = 0;

            /**
             * DiagnosticTroubleCode severity.
             * @member {csb.v1.Severity} severity
             * @memberof csb.v1.DiagnosticTroubleCode
             * @instance
             */
            DiagnosticTroubleCode.prototype.severity = 0;

            /**
             * DiagnosticTroubleCode firstSeen.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} firstSeen
             * @memberof csb.v1.DiagnosticTroubleCode
             * @instance
             */
            DiagnosticTroubleCode.prototype.firstSeen = null;

            /**
             * Creates a new DiagnosticTroubleCode instance using the specified properties.
             * @function create
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {csb.v1.DiagnosticTroubleCode.$Properties=} [properties] Properties to set
             * @returns {csb.v1.DiagnosticTroubleCode} DiagnosticTroubleCode instance
             * @type {{
             *   (properties: csb.v1.DiagnosticTroubleCode.$Shape): csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape;
             *   (properties?: csb.v1.DiagnosticTroubleCode.$Properties): csb.v1.DiagnosticTroubleCode;
             * }}
             */
            DiagnosticTroubleCode.create = function(properties) {
                return new DiagnosticTroubleCode(properties);
            };

            /**
             * Encodes the specified DiagnosticTroubleCode message. Does not implicitly {@link csb.v1.DiagnosticTroubleCode.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {csb.v1.DiagnosticTroubleCode.$Properties} message DiagnosticTroubleCode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiagnosticTroubleCode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.ecu != null && $Object.hasOwnProperty.call(message, "ecu") && message.ecu !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ecu);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.severity);
                if (message.firstSeen != null && $Object.hasOwnProperty.call(message, "firstSeen"))
                    $root.google.protobuf.Timestamp.encode(message.firstSeen, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DiagnosticTroubleCode message, length delimited. Does not implicitly {@link csb.v1.DiagnosticTroubleCode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {csb.v1.DiagnosticTroubleCode.$Properties} message DiagnosticTroubleCode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiagnosticTroubleCode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiagnosticTroubleCode message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape} DiagnosticTroubleCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiagnosticTroubleCode.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.DiagnosticTroubleCode();
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
                                message.ecu = value;
                            else
                                delete message.ecu;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.firstSeen = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.firstSeen);
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
             * Decodes a DiagnosticTroubleCode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape} DiagnosticTroubleCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiagnosticTroubleCode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiagnosticTroubleCode message.
             * @function verify
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiagnosticTroubleCode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.ecu != null && $Object.hasOwnProperty.call(message, "ecu"))
                    if (!$util.isString(message.ecu))
                        return "ecu: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.firstSeen != null && $Object.hasOwnProperty.call(message, "firstSeen")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.firstSeen, _depth + 1);
                    if (error)
                        return "firstSeen." + error;
                }
                return null;
            };

            /**
             * Creates a DiagnosticTroubleCode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.DiagnosticTroubleCode} DiagnosticTroubleCode
             */
            DiagnosticTroubleCode.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.DiagnosticTroubleCode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.DiagnosticTroubleCode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.DiagnosticTroubleCode();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.ecu != null)
                    if (typeof object.ecu !== "string" || object.ecu.length)
                        message.ecu = $String(object.ecu);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.csb.v1.DtcStatus[object.status] !== 0))
                    switch (object.status) {
                    case "DTC_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "DTC_STATUS_ACTIVE":
                    case 1:
                        message.status = 1;
                        break;
                    case "DTC_STATUS_PENDING":
                    case 2:
                        message.status = 2;
                        break;
                    case "DTC_STATUS_STORED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.csb.v1.Severity[object.severity] !== 0))
                    switch (object.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "SEVERITY_INFO":
                    case 1:
                        message.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "SEVERITY_CRITICAL":
                    case 3:
                        message.severity = 3;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.firstSeen != null) {
                    if (!$util.isObject(object.firstSeen))
                        throw $TypeError(".csb.v1.DiagnosticTroubleCode.firstSeen: object expected");
                    message.firstSeen = $root.google.protobuf.Timestamp.fromObject(object.firstSeen, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DiagnosticTroubleCode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {csb.v1.DiagnosticTroubleCode} message DiagnosticTroubleCode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiagnosticTroubleCode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.ecu = "";
                    object.status = options.enums === $String ? "DTC_STATUS_UNSPECIFIED" : 0;
                    object.severity = options.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.firstSeen = null;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.ecu != null && $Object.hasOwnProperty.call(message, "ecu"))
                    object.ecu = message.ecu;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.csb.v1.DtcStatus[message.status] === $undefined ? message.status : $root.csb.v1.DtcStatus[message.status] : message.status;
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.csb.v1.Severity[message.severity] === $undefined ? message.severity : $root.csb.v1.Severity[message.severity] : message.severity;
                if (message.firstSeen != null && $Object.hasOwnProperty.call(message, "firstSeen"))
                    object.firstSeen = $root.google.protobuf.Timestamp.toObject(message.firstSeen, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DiagnosticTroubleCode to JSON.
             * @function toJSON
             * @memberof csb.v1.DiagnosticTroubleCode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiagnosticTroubleCode.prototype.toJSON = function() {
                return DiagnosticTroubleCode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiagnosticTroubleCode
             * @function getTypeUrl
             * @memberof csb.v1.DiagnosticTroubleCode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiagnosticTroubleCode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.DiagnosticTroubleCode";
            };

            return DiagnosticTroubleCode;
        })();

        /**
         * DtcStatus enum.
         * @name csb.v1.DtcStatus
         * @enum {number}
         * @property {number} DTC_STATUS_UNSPECIFIED=0 DTC_STATUS_UNSPECIFIED value
         * @property {number} DTC_STATUS_ACTIVE=1 DTC_STATUS_ACTIVE value
         * @property {number} DTC_STATUS_PENDING=2 DTC_STATUS_PENDING value
         * @property {number} DTC_STATUS_STORED=3 DTC_STATUS_STORED value
         */
        v1.DtcStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DTC_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DTC_STATUS_ACTIVE"] = 1;
            values[valuesById[2] = "DTC_STATUS_PENDING"] = 2;
            values[valuesById[3] = "DTC_STATUS_STORED"] = 3;
            return values;
        })();

        v1.UplinkEnvelope = (function() {

            /**
             * Properties of an UplinkEnvelope.
             * @typedef {Object} csb.v1.UplinkEnvelope.$Properties
             * @property {string|null} [messageId] UplinkEnvelope messageId
             * @property {google.protobuf.Timestamp.$Properties|null} [sentAt] UplinkEnvelope sentAt
             * @property {csb.v1.BookingRequest.$Properties|null} [bookingRequest] UplinkEnvelope bookingRequest
             * @property {csb.v1.HealthStatusUpload.$Properties|null} [healthStatusUpload] UplinkEnvelope healthStatusUpload
             * @property {csb.v1.ProposalResponse.$Properties|null} [proposalResponse] UplinkEnvelope proposalResponse
             * @property {csb.v1.Cancellation.$Properties|null} [cancellation] UplinkEnvelope cancellation
             * @property {csb.v1.EngineStart.$Properties|null} [engineStart] UplinkEnvelope engineStart
             * @property {csb.v1.DeliveryReceipt.$Properties|null} [deliveryReceipt] UplinkEnvelope deliveryReceipt
             * @property {"bookingRequest"|"healthStatusUpload"|"proposalResponse"|"cancellation"|"engineStart"|"deliveryReceipt"} [body] UplinkEnvelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UplinkEnvelope.
             * @memberof csb.v1
             * @interface IUplinkEnvelope
             * @augments csb.v1.UplinkEnvelope.$Properties
             * @deprecated Use csb.v1.UplinkEnvelope.$Properties instead.
             */

            /**
             * Narrowed shape of an UplinkEnvelope.
             * @typedef {{
             *   messageId?: string|null;
             *   sentAt?: google.protobuf.Timestamp.$Shape|null;
             *   bookingRequest?: csb.v1.BookingRequest.$Shape|null;
             *   healthStatusUpload?: csb.v1.HealthStatusUpload.$Shape|null;
             *   proposalResponse?: csb.v1.ProposalResponse.$Shape|null;
             *   cancellation?: csb.v1.Cancellation.$Shape|null;
             *   engineStart?: csb.v1.EngineStart.$Shape|null;
             *   deliveryReceipt?: csb.v1.DeliveryReceipt.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "bookingRequest"; bookingRequest: csb.v1.BookingRequest.$Shape; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "healthStatusUpload"; bookingRequest?: null; healthStatusUpload: csb.v1.HealthStatusUpload.$Shape; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "proposalResponse"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse: csb.v1.ProposalResponse.$Shape; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "cancellation"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation: csb.v1.Cancellation.$Shape; engineStart?: null; deliveryReceipt?: null }|{ body?: "engineStart"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart: csb.v1.EngineStart.$Shape; deliveryReceipt?: null }|{ body?: "deliveryReceipt"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt: csb.v1.DeliveryReceipt.$Shape })
             * )} csb.v1.UplinkEnvelope.$Shape
             */

            /**
             * Constructs a new UplinkEnvelope.
             * @memberof csb.v1
             * @classdesc Represents an UplinkEnvelope.
             * @constructor
             * @param {csb.v1.UplinkEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UplinkEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UplinkEnvelope messageId.
             * @member {string} messageId
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.messageId = "";

            /**
             * UplinkEnvelope sentAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} sentAt
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.sentAt = null;

            /**
             * UplinkEnvelope bookingRequest.
             * @member {csb.v1.BookingRequest.$Properties|null|undefined} bookingRequest
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.bookingRequest = null;

            /**
             * UplinkEnvelope healthStatusUpload.
             * @member {csb.v1.HealthStatusUpload.$Properties|null|undefined} healthStatusUpload
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.healthStatusUpload = null;

            /**
             * UplinkEnvelope proposalResponse.
             * @member {csb.v1.ProposalResponse.$Properties|null|undefined} proposalResponse
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.proposalResponse = null;

            /**
             * UplinkEnvelope cancellation.
             * @member {csb.v1.Cancellation.$Properties|null|undefined} cancellation
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.cancellation = null;

            /**
             * UplinkEnvelope engineStart.
             * @member {csb.v1.EngineStart.$Properties|null|undefined} engineStart
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.engineStart = null;

            /**
             * UplinkEnvelope deliveryReceipt.
             * @member {csb.v1.DeliveryReceipt.$Properties|null|undefined} deliveryReceipt
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            UplinkEnvelope.prototype.deliveryReceipt = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * UplinkEnvelope body.
             * @member {"bookingRequest"|"healthStatusUpload"|"proposalResponse"|"cancellation"|"engineStart"|"deliveryReceipt"|undefined} body
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             */
            $Object.defineProperty(UplinkEnvelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["bookingRequest", "healthStatusUpload", "proposalResponse", "cancellation", "engineStart", "deliveryReceipt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UplinkEnvelope instance using the specified properties.
             * @function create
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {csb.v1.UplinkEnvelope.$Properties=} [properties] Properties to set
             * @returns {csb.v1.UplinkEnvelope} UplinkEnvelope instance
             * @type {{
             *   (properties: csb.v1.UplinkEnvelope.$Shape): csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape;
             *   (properties?: csb.v1.UplinkEnvelope.$Properties): csb.v1.UplinkEnvelope;
             * }}
             */
            UplinkEnvelope.create = function(properties) {
                return new UplinkEnvelope(properties);
            };

            /**
             * Encodes the specified UplinkEnvelope message. Does not implicitly {@link csb.v1.UplinkEnvelope.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {csb.v1.UplinkEnvelope.$Properties} message UplinkEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    $root.google.protobuf.Timestamp.encode(message.sentAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.bookingRequest != null && $Object.hasOwnProperty.call(message, "bookingRequest"))
                    $root.csb.v1.BookingRequest.encode(message.bookingRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.healthStatusUpload != null && $Object.hasOwnProperty.call(message, "healthStatusUpload"))
                    $root.csb.v1.HealthStatusUpload.encode(message.healthStatusUpload, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.proposalResponse != null && $Object.hasOwnProperty.call(message, "proposalResponse"))
                    $root.csb.v1.ProposalResponse.encode(message.proposalResponse, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.cancellation != null && $Object.hasOwnProperty.call(message, "cancellation"))
                    $root.csb.v1.Cancellation.encode(message.cancellation, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.engineStart != null && $Object.hasOwnProperty.call(message, "engineStart"))
                    $root.csb.v1.EngineStart.encode(message.engineStart, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.deliveryReceipt != null && $Object.hasOwnProperty.call(message, "deliveryReceipt"))
                    $root.csb.v1.DeliveryReceipt.encode(message.deliveryReceipt, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UplinkEnvelope message, length delimited. Does not implicitly {@link csb.v1.UplinkEnvelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {csb.v1.UplinkEnvelope.$Properties} message UplinkEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkEnvelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UplinkEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape} UplinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkEnvelope.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.UplinkEnvelope();
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
                            message.sentAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.sentAt);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.bookingRequest = $root.csb.v1.BookingRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.bookingRequest);
                            message.body = "bookingRequest";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.healthStatusUpload = $root.csb.v1.HealthStatusUpload.decode(reader, reader.size(), $undefined, _depth + 1, message.healthStatusUpload);
                            message.body = "healthStatusUpload";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.proposalResponse = $root.csb.v1.ProposalResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.proposalResponse);
                            message.body = "proposalResponse";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.cancellation = $root.csb.v1.Cancellation.decode(reader, reader.size(), $undefined, _depth + 1, message.cancellation);
                            message.body = "cancellation";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.engineStart = $root.csb.v1.EngineStart.decode(reader, reader.size(), $undefined, _depth + 1, message.engineStart);
                            message.body = "engineStart";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.deliveryReceipt = $root.csb.v1.DeliveryReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.deliveryReceipt);
                            message.body = "deliveryReceipt";
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
             * Decodes an UplinkEnvelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape} UplinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkEnvelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UplinkEnvelope message.
             * @function verify
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UplinkEnvelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.sentAt, _depth + 1);
                    if (error)
                        return "sentAt." + error;
                }
                if (message.bookingRequest != null && $Object.hasOwnProperty.call(message, "bookingRequest")) {
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.BookingRequest.verify(message.bookingRequest, _depth + 1);
                        if (error)
                            return "bookingRequest." + error;
                    }
                }
                if (message.healthStatusUpload != null && $Object.hasOwnProperty.call(message, "healthStatusUpload")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.HealthStatusUpload.verify(message.healthStatusUpload, _depth + 1);
                        if (error)
                            return "healthStatusUpload." + error;
                    }
                }
                if (message.proposalResponse != null && $Object.hasOwnProperty.call(message, "proposalResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.ProposalResponse.verify(message.proposalResponse, _depth + 1);
                        if (error)
                            return "proposalResponse." + error;
                    }
                }
                if (message.cancellation != null && $Object.hasOwnProperty.call(message, "cancellation")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.Cancellation.verify(message.cancellation, _depth + 1);
                        if (error)
                            return "cancellation." + error;
                    }
                }
                if (message.engineStart != null && $Object.hasOwnProperty.call(message, "engineStart")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.EngineStart.verify(message.engineStart, _depth + 1);
                        if (error)
                            return "engineStart." + error;
                    }
                }
                if (message.deliveryReceipt != null && $Object.hasOwnProperty.call(message, "deliveryReceipt")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.csb.v1.DeliveryReceipt.verify(message.deliveryReceipt, _depth + 1);
                        if (error)
                            return "deliveryReceipt." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an UplinkEnvelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.UplinkEnvelope} UplinkEnvelope
             */
            UplinkEnvelope.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.UplinkEnvelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.UplinkEnvelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.UplinkEnvelope();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.sentAt != null) {
                    if (!$util.isObject(object.sentAt))
                        throw $TypeError(".csb.v1.UplinkEnvelope.sentAt: object expected");
                    message.sentAt = $root.google.protobuf.Timestamp.fromObject(object.sentAt, _depth + 1);
                }
                if (object.bookingRequest != null) {
                    if (!$util.isObject(object.bookingRequest))
                        throw $TypeError(".csb.v1.UplinkEnvelope.bookingRequest: object expected");
                    message.bookingRequest = $root.csb.v1.BookingRequest.fromObject(object.bookingRequest, _depth + 1);
                }
                if (object.healthStatusUpload != null) {
                    if (!$util.isObject(object.healthStatusUpload))
                        throw $TypeError(".csb.v1.UplinkEnvelope.healthStatusUpload: object expected");
                    message.healthStatusUpload = $root.csb.v1.HealthStatusUpload.fromObject(object.healthStatusUpload, _depth + 1);
                }
                if (object.proposalResponse != null) {
                    if (!$util.isObject(object.proposalResponse))
                        throw $TypeError(".csb.v1.UplinkEnvelope.proposalResponse: object expected");
                    message.proposalResponse = $root.csb.v1.ProposalResponse.fromObject(object.proposalResponse, _depth + 1);
                }
                if (object.cancellation != null) {
                    if (!$util.isObject(object.cancellation))
                        throw $TypeError(".csb.v1.UplinkEnvelope.cancellation: object expected");
                    message.cancellation = $root.csb.v1.Cancellation.fromObject(object.cancellation, _depth + 1);
                }
                if (object.engineStart != null) {
                    if (!$util.isObject(object.engineStart))
                        throw $TypeError(".csb.v1.UplinkEnvelope.engineStart: object expected");
                    message.engineStart = $root.csb.v1.EngineStart.fromObject(object.engineStart, _depth + 1);
                }
                if (object.deliveryReceipt != null) {
                    if (!$util.isObject(object.deliveryReceipt))
                        throw $TypeError(".csb.v1.UplinkEnvelope.deliveryReceipt: object expected");
                    message.deliveryReceipt = $root.csb.v1.DeliveryReceipt.fromObject(object.deliveryReceipt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an UplinkEnvelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {csb.v1.UplinkEnvelope} message UplinkEnvelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UplinkEnvelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.sentAt = null;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    object.sentAt = $root.google.protobuf.Timestamp.toObject(message.sentAt, options, _depth + 1);
                if (message.bookingRequest != null && $Object.hasOwnProperty.call(message, "bookingRequest")) {
                    object.bookingRequest = $root.csb.v1.BookingRequest.toObject(message.bookingRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "bookingRequest";
                }
                if (message.healthStatusUpload != null && $Object.hasOwnProperty.call(message, "healthStatusUpload")) {
                    object.healthStatusUpload = $root.csb.v1.HealthStatusUpload.toObject(message.healthStatusUpload, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "healthStatusUpload";
                }
                if (message.proposalResponse != null && $Object.hasOwnProperty.call(message, "proposalResponse")) {
                    object.proposalResponse = $root.csb.v1.ProposalResponse.toObject(message.proposalResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "proposalResponse";
                }
                if (message.cancellation != null && $Object.hasOwnProperty.call(message, "cancellation")) {
                    object.cancellation = $root.csb.v1.Cancellation.toObject(message.cancellation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "cancellation";
                }
                if (message.engineStart != null && $Object.hasOwnProperty.call(message, "engineStart")) {
                    object.engineStart = $root.csb.v1.EngineStart.toObject(message.engineStart, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "engineStart";
                }
                if (message.deliveryReceipt != null && $Object.hasOwnProperty.call(message, "deliveryReceipt")) {
                    object.deliveryReceipt = $root.csb.v1.DeliveryReceipt.toObject(message.deliveryReceipt, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "deliveryReceipt";
                }
                return object;
            };

            /**
             * Converts this UplinkEnvelope to JSON.
             * @function toJSON
             * @memberof csb.v1.UplinkEnvelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UplinkEnvelope.prototype.toJSON = function() {
                return UplinkEnvelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UplinkEnvelope
             * @function getTypeUrl
             * @memberof csb.v1.UplinkEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UplinkEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.UplinkEnvelope";
            };

            return UplinkEnvelope;
        })();

        /**
         * RequestOrigin enum.
         * @name csb.v1.RequestOrigin
         * @enum {number}
         * @property {number} REQUEST_ORIGIN_UNSPECIFIED=0 REQUEST_ORIGIN_UNSPECIFIED value
         * @property {number} REQUEST_ORIGIN_SERVICE_NEED=1 REQUEST_ORIGIN_SERVICE_NEED value
         * @property {number} REQUEST_ORIGIN_WARNINGS=2 REQUEST_ORIGIN_WARNINGS value
         * @property {number} REQUEST_ORIGIN_MANUAL=3 REQUEST_ORIGIN_MANUAL value
         */
        v1.RequestOrigin = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REQUEST_ORIGIN_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REQUEST_ORIGIN_SERVICE_NEED"] = 1;
            values[valuesById[2] = "REQUEST_ORIGIN_WARNINGS"] = 2;
            values[valuesById[3] = "REQUEST_ORIGIN_MANUAL"] = 3;
            return values;
        })();

        v1.BookingRequest = (function() {

            /**
             * Properties of a BookingRequest.
             * @typedef {Object} csb.v1.BookingRequest.$Properties
             * @property {csb.v1.RequestOrigin|null} [origin] BookingRequest origin
             * @property {csb.v1.DriverConsent.$Properties|null} [consent] BookingRequest consent
             * @property {csb.v1.HealthStatus.$Properties|null} [healthStatus] BookingRequest healthStatus
             * @property {string|null} [customerNote] BookingRequest customerNote
             * @property {Array.<csb.v1.TimeWindow.$Properties>|null} [preferredWindows] BookingRequest preferredWindows
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BookingRequest.
             * @memberof csb.v1
             * @interface IBookingRequest
             * @augments csb.v1.BookingRequest.$Properties
             * @deprecated Use csb.v1.BookingRequest.$Properties instead.
             */

            /**
             * Shape of a BookingRequest.
             * @typedef {csb.v1.BookingRequest.$Properties} csb.v1.BookingRequest.$Shape
             */

            /**
             * Constructs a new BookingRequest.
             * @memberof csb.v1
             * @classdesc Represents a BookingRequest.
             * @constructor
             * @param {csb.v1.BookingRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BookingRequest = function (properties) {
                this.preferredWindows = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BookingRequest origin.
             * @member {csb.v1.RequestOrigin} origin
             * @memberof csb.v1.BookingRequest
             * @instance
             */
            BookingRequest.prototype.origin = 0;

            /**
             * BookingRequest consent.
             * @member {csb.v1.DriverConsent.$Properties|null|undefined} consent
             * @memberof csb.v1.BookingRequest
             * @instance
             */
            BookingRequest.prototype.consent = null;

            /**
             * BookingRequest healthStatus.
             * @member {csb.v1.HealthStatus.$Properties|null|undefined} healthStatus
             * @memberof csb.v1.BookingRequest
             * @instance
             */
            BookingRequest.prototype.healthStatus = null;

            /**
             * BookingRequest customerNote.
             * @member {string} customerNote
             * @memberof csb.v1.BookingRequest
             * @instance
             */
            BookingRequest.prototype.customerNote = "";

            /**
             * BookingRequest preferredWindows.
             * @member {Array.<csb.v1.TimeWindow.$Properties>} preferredWindows
             * @memberof csb.v1.BookingRequest
             * @instance
             */
            BookingRequest.prototype.preferredWindows = $util.emptyArray;

            /**
             * Creates a new BookingRequest instance using the specified properties.
             * @function create
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {csb.v1.BookingRequest.$Properties=} [properties] Properties to set
             * @returns {csb.v1.BookingRequest} BookingRequest instance
             * @type {{
             *   (properties: csb.v1.BookingRequest.$Shape): csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape;
             *   (properties?: csb.v1.BookingRequest.$Properties): csb.v1.BookingRequest;
             * }}
             */
            BookingRequest.create = function(properties) {
                return new BookingRequest(properties);
            };

            /**
             * Encodes the specified BookingRequest message. Does not implicitly {@link csb.v1.BookingRequest.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {csb.v1.BookingRequest.$Properties} message BookingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BookingRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.origin);
                if (message.consent != null && $Object.hasOwnProperty.call(message, "consent"))
                    $root.csb.v1.DriverConsent.encode(message.consent, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.healthStatus != null && $Object.hasOwnProperty.call(message, "healthStatus"))
                    $root.csb.v1.HealthStatus.encode(message.healthStatus, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.customerNote != null && $Object.hasOwnProperty.call(message, "customerNote") && message.customerNote !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.customerNote);
                if (message.preferredWindows != null && message.preferredWindows.length)
                    for (let i = 0; i < message.preferredWindows.length; ++i)
                        $root.csb.v1.TimeWindow.encode(message.preferredWindows[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BookingRequest message, length delimited. Does not implicitly {@link csb.v1.BookingRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {csb.v1.BookingRequest.$Properties} message BookingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BookingRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BookingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape} BookingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BookingRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.BookingRequest();
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
                                message.origin = value;
                            else
                                delete message.origin;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.consent = $root.csb.v1.DriverConsent.decode(reader, reader.size(), $undefined, _depth + 1, message.consent);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.healthStatus = $root.csb.v1.HealthStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.healthStatus);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.customerNote = value;
                            else
                                delete message.customerNote;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.preferredWindows && message.preferredWindows.length))
                                message.preferredWindows = [];
                            message.preferredWindows.push($root.csb.v1.TimeWindow.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a BookingRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape} BookingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BookingRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BookingRequest message.
             * @function verify
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BookingRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    if (typeof message.origin !== "number" || (message.origin | 0) !== message.origin)
                        return "origin: enum value expected";
                if (message.consent != null && $Object.hasOwnProperty.call(message, "consent")) {
                    let error = $root.csb.v1.DriverConsent.verify(message.consent, _depth + 1);
                    if (error)
                        return "consent." + error;
                }
                if (message.healthStatus != null && $Object.hasOwnProperty.call(message, "healthStatus")) {
                    let error = $root.csb.v1.HealthStatus.verify(message.healthStatus, _depth + 1);
                    if (error)
                        return "healthStatus." + error;
                }
                if (message.customerNote != null && $Object.hasOwnProperty.call(message, "customerNote"))
                    if (!$util.isString(message.customerNote))
                        return "customerNote: string expected";
                if (message.preferredWindows != null && $Object.hasOwnProperty.call(message, "preferredWindows")) {
                    if (!$Array.isArray(message.preferredWindows))
                        return "preferredWindows: array expected";
                    for (let i = 0; i < message.preferredWindows.length; ++i) {
                        let error = $root.csb.v1.TimeWindow.verify(message.preferredWindows[i], _depth + 1);
                        if (error)
                            return "preferredWindows." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a BookingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.BookingRequest} BookingRequest
             */
            BookingRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.BookingRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.BookingRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.BookingRequest();
                if (object.origin !== 0 && (typeof object.origin !== "string" || $root.csb.v1.RequestOrigin[object.origin] !== 0))
                    switch (object.origin) {
                    case "REQUEST_ORIGIN_UNSPECIFIED":
                    case 0:
                        message.origin = 0;
                        break;
                    case "REQUEST_ORIGIN_SERVICE_NEED":
                    case 1:
                        message.origin = 1;
                        break;
                    case "REQUEST_ORIGIN_WARNINGS":
                    case 2:
                        message.origin = 2;
                        break;
                    case "REQUEST_ORIGIN_MANUAL":
                    case 3:
                        message.origin = 3;
                        break;
                    default:
                        if (typeof object.origin === "number" && (object.origin | 0) === object.origin)
                            message.origin = object.origin;
                    }
                if (object.consent != null) {
                    if (!$util.isObject(object.consent))
                        throw $TypeError(".csb.v1.BookingRequest.consent: object expected");
                    message.consent = $root.csb.v1.DriverConsent.fromObject(object.consent, _depth + 1);
                }
                if (object.healthStatus != null) {
                    if (!$util.isObject(object.healthStatus))
                        throw $TypeError(".csb.v1.BookingRequest.healthStatus: object expected");
                    message.healthStatus = $root.csb.v1.HealthStatus.fromObject(object.healthStatus, _depth + 1);
                }
                if (object.customerNote != null)
                    if (typeof object.customerNote !== "string" || object.customerNote.length)
                        message.customerNote = $String(object.customerNote);
                if (object.preferredWindows) {
                    if (!$Array.isArray(object.preferredWindows))
                        throw $TypeError(".csb.v1.BookingRequest.preferredWindows: array expected");
                    message.preferredWindows = $Array(object.preferredWindows.length);
                    for (let i = 0; i < object.preferredWindows.length; ++i) {
                        if (!$util.isObject(object.preferredWindows[i]))
                            throw $TypeError(".csb.v1.BookingRequest.preferredWindows: object expected");
                        message.preferredWindows[i] = $root.csb.v1.TimeWindow.fromObject(object.preferredWindows[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a BookingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {csb.v1.BookingRequest} message BookingRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BookingRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.preferredWindows = [];
                if (options.defaults) {
                    object.origin = options.enums === $String ? "REQUEST_ORIGIN_UNSPECIFIED" : 0;
                    object.consent = null;
                    object.healthStatus = null;
                    object.customerNote = "";
                }
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = options.enums === $String ? $root.csb.v1.RequestOrigin[message.origin] === $undefined ? message.origin : $root.csb.v1.RequestOrigin[message.origin] : message.origin;
                if (message.consent != null && $Object.hasOwnProperty.call(message, "consent"))
                    object.consent = $root.csb.v1.DriverConsent.toObject(message.consent, options, _depth + 1);
                if (message.healthStatus != null && $Object.hasOwnProperty.call(message, "healthStatus"))
                    object.healthStatus = $root.csb.v1.HealthStatus.toObject(message.healthStatus, options, _depth + 1);
                if (message.customerNote != null && $Object.hasOwnProperty.call(message, "customerNote"))
                    object.customerNote = message.customerNote;
                if (message.preferredWindows && message.preferredWindows.length) {
                    object.preferredWindows = $Array(message.preferredWindows.length);
                    for (let j = 0; j < message.preferredWindows.length; ++j)
                        object.preferredWindows[j] = $root.csb.v1.TimeWindow.toObject(message.preferredWindows[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this BookingRequest to JSON.
             * @function toJSON
             * @memberof csb.v1.BookingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BookingRequest.prototype.toJSON = function() {
                return BookingRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BookingRequest
             * @function getTypeUrl
             * @memberof csb.v1.BookingRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BookingRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.BookingRequest";
            };

            return BookingRequest;
        })();

        v1.DriverConsent = (function() {

            /**
             * Properties of a DriverConsent.
             * @typedef {Object} csb.v1.DriverConsent.$Properties
             * @property {boolean|null} [granted] DriverConsent granted
             * @property {google.protobuf.Timestamp.$Properties|null} [grantedAt] DriverConsent grantedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DriverConsent.
             * @memberof csb.v1
             * @interface IDriverConsent
             * @augments csb.v1.DriverConsent.$Properties
             * @deprecated Use csb.v1.DriverConsent.$Properties instead.
             */

            /**
             * Shape of a DriverConsent.
             * @typedef {csb.v1.DriverConsent.$Properties} csb.v1.DriverConsent.$Shape
             */

            /**
             * Constructs a new DriverConsent.
             * @memberof csb.v1
             * @classdesc Represents a DriverConsent.
             * @constructor
             * @param {csb.v1.DriverConsent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DriverConsent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DriverConsent granted.
             * @member {boolean} granted
             * @memberof csb.v1.DriverConsent
             * @instance
             */
            DriverConsent.prototype.granted = false;

            /**
             * DriverConsent grantedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} grantedAt
             * @memberof csb.v1.DriverConsent
             * @instance
             */
            DriverConsent.prototype.grantedAt = null;

            /**
             * Creates a new DriverConsent instance using the specified properties.
             * @function create
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {csb.v1.DriverConsent.$Properties=} [properties] Properties to set
             * @returns {csb.v1.DriverConsent} DriverConsent instance
             * @type {{
             *   (properties: csb.v1.DriverConsent.$Shape): csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape;
             *   (properties?: csb.v1.DriverConsent.$Properties): csb.v1.DriverConsent;
             * }}
             */
            DriverConsent.create = function(properties) {
                return new DriverConsent(properties);
            };

            /**
             * Encodes the specified DriverConsent message. Does not implicitly {@link csb.v1.DriverConsent.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {csb.v1.DriverConsent.$Properties} message DriverConsent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriverConsent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted") && message.granted !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.granted);
                if (message.grantedAt != null && $Object.hasOwnProperty.call(message, "grantedAt"))
                    $root.google.protobuf.Timestamp.encode(message.grantedAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DriverConsent message, length delimited. Does not implicitly {@link csb.v1.DriverConsent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {csb.v1.DriverConsent.$Properties} message DriverConsent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriverConsent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DriverConsent message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape} DriverConsent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriverConsent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.DriverConsent();
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
                            if (value = reader.bool())
                                message.granted = value;
                            else
                                delete message.granted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.grantedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.grantedAt);
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
             * Decodes a DriverConsent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape} DriverConsent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriverConsent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DriverConsent message.
             * @function verify
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DriverConsent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted"))
                    if (typeof message.granted !== "boolean")
                        return "granted: boolean expected";
                if (message.grantedAt != null && $Object.hasOwnProperty.call(message, "grantedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.grantedAt, _depth + 1);
                    if (error)
                        return "grantedAt." + error;
                }
                return null;
            };

            /**
             * Creates a DriverConsent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.DriverConsent} DriverConsent
             */
            DriverConsent.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.DriverConsent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.DriverConsent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.DriverConsent();
                if (object.granted != null)
                    if (object.granted)
                        message.granted = $Boolean(object.granted);
                if (object.grantedAt != null) {
                    if (!$util.isObject(object.grantedAt))
                        throw $TypeError(".csb.v1.DriverConsent.grantedAt: object expected");
                    message.grantedAt = $root.google.protobuf.Timestamp.fromObject(object.grantedAt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DriverConsent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {csb.v1.DriverConsent} message DriverConsent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DriverConsent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.granted = false;
                    object.grantedAt = null;
                }
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted"))
                    object.granted = message.granted;
                if (message.grantedAt != null && $Object.hasOwnProperty.call(message, "grantedAt"))
                    object.grantedAt = $root.google.protobuf.Timestamp.toObject(message.grantedAt, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DriverConsent to JSON.
             * @function toJSON
             * @memberof csb.v1.DriverConsent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DriverConsent.prototype.toJSON = function() {
                return DriverConsent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DriverConsent
             * @function getTypeUrl
             * @memberof csb.v1.DriverConsent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DriverConsent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.DriverConsent";
            };

            return DriverConsent;
        })();

        v1.HealthStatusUpload = (function() {

            /**
             * Properties of a HealthStatusUpload.
             * @typedef {Object} csb.v1.HealthStatusUpload.$Properties
             * @property {csb.v1.HealthStatus.$Properties|null} [healthStatus] HealthStatusUpload healthStatus
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthStatusUpload.
             * @memberof csb.v1
             * @interface IHealthStatusUpload
             * @augments csb.v1.HealthStatusUpload.$Properties
             * @deprecated Use csb.v1.HealthStatusUpload.$Properties instead.
             */

            /**
             * Shape of a HealthStatusUpload.
             * @typedef {csb.v1.HealthStatusUpload.$Properties} csb.v1.HealthStatusUpload.$Shape
             */

            /**
             * Constructs a new HealthStatusUpload.
             * @memberof csb.v1
             * @classdesc Represents a HealthStatusUpload.
             * @constructor
             * @param {csb.v1.HealthStatusUpload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthStatusUpload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HealthStatusUpload healthStatus.
             * @member {csb.v1.HealthStatus.$Properties|null|undefined} healthStatus
             * @memberof csb.v1.HealthStatusUpload
             * @instance
             */
            HealthStatusUpload.prototype.healthStatus = null;

            /**
             * Creates a new HealthStatusUpload instance using the specified properties.
             * @function create
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {csb.v1.HealthStatusUpload.$Properties=} [properties] Properties to set
             * @returns {csb.v1.HealthStatusUpload} HealthStatusUpload instance
             * @type {{
             *   (properties: csb.v1.HealthStatusUpload.$Shape): csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape;
             *   (properties?: csb.v1.HealthStatusUpload.$Properties): csb.v1.HealthStatusUpload;
             * }}
             */
            HealthStatusUpload.create = function(properties) {
                return new HealthStatusUpload(properties);
            };

            /**
             * Encodes the specified HealthStatusUpload message. Does not implicitly {@link csb.v1.HealthStatusUpload.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {csb.v1.HealthStatusUpload.$Properties} message HealthStatusUpload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthStatusUpload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.healthStatus != null && $Object.hasOwnProperty.call(message, "healthStatus"))
                    $root.csb.v1.HealthStatus.encode(message.healthStatus, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HealthStatusUpload message, length delimited. Does not implicitly {@link csb.v1.HealthStatusUpload.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {csb.v1.HealthStatusUpload.$Properties} message HealthStatusUpload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthStatusUpload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HealthStatusUpload message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape} HealthStatusUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthStatusUpload.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.HealthStatusUpload();
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
                            message.healthStatus = $root.csb.v1.HealthStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.healthStatus);
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
             * Decodes a HealthStatusUpload message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape} HealthStatusUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthStatusUpload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HealthStatusUpload message.
             * @function verify
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthStatusUpload.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.healthStatus != null && $Object.hasOwnProperty.call(message, "healthStatus")) {
                    let error = $root.csb.v1.HealthStatus.verify(message.healthStatus, _depth + 1);
                    if (error)
                        return "healthStatus." + error;
                }
                return null;
            };

            /**
             * Creates a HealthStatusUpload message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.HealthStatusUpload} HealthStatusUpload
             */
            HealthStatusUpload.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.HealthStatusUpload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.HealthStatusUpload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.HealthStatusUpload();
                if (object.healthStatus != null) {
                    if (!$util.isObject(object.healthStatus))
                        throw $TypeError(".csb.v1.HealthStatusUpload.healthStatus: object expected");
                    message.healthStatus = $root.csb.v1.HealthStatus.fromObject(object.healthStatus, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a HealthStatusUpload message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {csb.v1.HealthStatusUpload} message HealthStatusUpload
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthStatusUpload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.healthStatus = null;
                if (message.healthStatus != null && $Object.hasOwnProperty.call(message, "healthStatus"))
                    object.healthStatus = $root.csb.v1.HealthStatus.toObject(message.healthStatus, options, _depth + 1);
                return object;
            };

            /**
             * Converts this HealthStatusUpload to JSON.
             * @function toJSON
             * @memberof csb.v1.HealthStatusUpload
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthStatusUpload.prototype.toJSON = function() {
                return HealthStatusUpload.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthStatusUpload
             * @function getTypeUrl
             * @memberof csb.v1.HealthStatusUpload
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthStatusUpload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.HealthStatusUpload";
            };

            return HealthStatusUpload;
        })();

        v1.ProposalResponse = (function() {

            /**
             * Properties of a ProposalResponse.
             * @typedef {Object} csb.v1.ProposalResponse.$Properties
             * @property {string|null} [appointmentId] ProposalResponse appointmentId
             * @property {string|null} [proposalId] ProposalResponse proposalId
             * @property {csb.v1.AcceptProposal.$Properties|null} [accept] ProposalResponse accept
             * @property {csb.v1.AskAnotherSlot.$Properties|null} [askAnotherSlot] ProposalResponse askAnotherSlot
             * @property {"accept"|"askAnotherSlot"} [answer] ProposalResponse answer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProposalResponse.
             * @memberof csb.v1
             * @interface IProposalResponse
             * @augments csb.v1.ProposalResponse.$Properties
             * @deprecated Use csb.v1.ProposalResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a ProposalResponse.
             * @typedef {{
             *   appointmentId?: string|null;
             *   proposalId?: string|null;
             *   accept?: csb.v1.AcceptProposal.$Shape|null;
             *   askAnotherSlot?: csb.v1.AskAnotherSlot.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ answer?: undefined; accept?: null; askAnotherSlot?: null }|{ answer?: "accept"; accept: csb.v1.AcceptProposal.$Shape; askAnotherSlot?: null }|{ answer?: "askAnotherSlot"; accept?: null; askAnotherSlot: csb.v1.AskAnotherSlot.$Shape })
             * )} csb.v1.ProposalResponse.$Shape
             */

            /**
             * Constructs a new ProposalResponse.
             * @memberof csb.v1
             * @classdesc Represents a ProposalResponse.
             * @constructor
             * @param {csb.v1.ProposalResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProposalResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProposalResponse appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.ProposalResponse
             * @instance
             */
            ProposalResponse.prototype.appointmentId = "";

            /**
             * ProposalResponse proposalId.
             * @member {string} proposalId
             * @memberof csb.v1.ProposalResponse
             * @instance
             */
            ProposalResponse.prototype.proposalId = "";

            /**
             * ProposalResponse accept.
             * @member {csb.v1.AcceptProposal.$Properties|null|undefined} accept
             * @memberof csb.v1.ProposalResponse
             * @instance
             */
            ProposalResponse.prototype.accept = null;

            /**
             * ProposalResponse askAnotherSlot.
             * @member {csb.v1.AskAnotherSlot.$Properties|null|undefined} askAnotherSlot
             * @memberof csb.v1.ProposalResponse
             * @instance
             */
            ProposalResponse.prototype.askAnotherSlot = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ProposalResponse answer.
             * @member {"accept"|"askAnotherSlot"|undefined} answer
             * @memberof csb.v1.ProposalResponse
             * @instance
             */
            $Object.defineProperty(ProposalResponse.prototype, "answer", {
                get: $util.oneOfGetter($oneOfFields = ["accept", "askAnotherSlot"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ProposalResponse instance using the specified properties.
             * @function create
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {csb.v1.ProposalResponse.$Properties=} [properties] Properties to set
             * @returns {csb.v1.ProposalResponse} ProposalResponse instance
             * @type {{
             *   (properties: csb.v1.ProposalResponse.$Shape): csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape;
             *   (properties?: csb.v1.ProposalResponse.$Properties): csb.v1.ProposalResponse;
             * }}
             */
            ProposalResponse.create = function(properties) {
                return new ProposalResponse(properties);
            };

            /**
             * Encodes the specified ProposalResponse message. Does not implicitly {@link csb.v1.ProposalResponse.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {csb.v1.ProposalResponse.$Properties} message ProposalResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProposalResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId") && message.proposalId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.proposalId);
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    $root.csb.v1.AcceptProposal.encode(message.accept, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.askAnotherSlot != null && $Object.hasOwnProperty.call(message, "askAnotherSlot"))
                    $root.csb.v1.AskAnotherSlot.encode(message.askAnotherSlot, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProposalResponse message, length delimited. Does not implicitly {@link csb.v1.ProposalResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {csb.v1.ProposalResponse.$Properties} message ProposalResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProposalResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProposalResponse message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape} ProposalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProposalResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.ProposalResponse();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proposalId = value;
                            else
                                delete message.proposalId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.accept = $root.csb.v1.AcceptProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                            message.answer = "accept";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.askAnotherSlot = $root.csb.v1.AskAnotherSlot.decode(reader, reader.size(), $undefined, _depth + 1, message.askAnotherSlot);
                            message.answer = "askAnotherSlot";
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
             * Decodes a ProposalResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape} ProposalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProposalResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProposalResponse message.
             * @function verify
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProposalResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId"))
                    if (!$util.isString(message.proposalId))
                        return "proposalId: string expected";
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    properties.answer = 1;
                    {
                        let error = $root.csb.v1.AcceptProposal.verify(message.accept, _depth + 1);
                        if (error)
                            return "accept." + error;
                    }
                }
                if (message.askAnotherSlot != null && $Object.hasOwnProperty.call(message, "askAnotherSlot")) {
                    if (properties.answer === 1)
                        return "answer: multiple values";
                    properties.answer = 1;
                    {
                        let error = $root.csb.v1.AskAnotherSlot.verify(message.askAnotherSlot, _depth + 1);
                        if (error)
                            return "askAnotherSlot." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ProposalResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.ProposalResponse} ProposalResponse
             */
            ProposalResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.ProposalResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.ProposalResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.ProposalResponse();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.proposalId != null)
                    if (typeof object.proposalId !== "string" || object.proposalId.length)
                        message.proposalId = $String(object.proposalId);
                if (object.accept != null) {
                    if (!$util.isObject(object.accept))
                        throw $TypeError(".csb.v1.ProposalResponse.accept: object expected");
                    message.accept = $root.csb.v1.AcceptProposal.fromObject(object.accept, _depth + 1);
                }
                if (object.askAnotherSlot != null) {
                    if (!$util.isObject(object.askAnotherSlot))
                        throw $TypeError(".csb.v1.ProposalResponse.askAnotherSlot: object expected");
                    message.askAnotherSlot = $root.csb.v1.AskAnotherSlot.fromObject(object.askAnotherSlot, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ProposalResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {csb.v1.ProposalResponse} message ProposalResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProposalResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.proposalId = "";
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.proposalId != null && $Object.hasOwnProperty.call(message, "proposalId"))
                    object.proposalId = message.proposalId;
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    object.accept = $root.csb.v1.AcceptProposal.toObject(message.accept, options, _depth + 1);
                    if (options.oneofs)
                        object.answer = "accept";
                }
                if (message.askAnotherSlot != null && $Object.hasOwnProperty.call(message, "askAnotherSlot")) {
                    object.askAnotherSlot = $root.csb.v1.AskAnotherSlot.toObject(message.askAnotherSlot, options, _depth + 1);
                    if (options.oneofs)
                        object.answer = "askAnotherSlot";
                }
                return object;
            };

            /**
             * Converts this ProposalResponse to JSON.
             * @function toJSON
             * @memberof csb.v1.ProposalResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProposalResponse.prototype.toJSON = function() {
                return ProposalResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProposalResponse
             * @function getTypeUrl
             * @memberof csb.v1.ProposalResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProposalResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.ProposalResponse";
            };

            return ProposalResponse;
        })();

        v1.AcceptProposal = (function() {

            /**
             * Properties of an AcceptProposal.
             * @typedef {Object} csb.v1.AcceptProposal.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AcceptProposal.
             * @memberof csb.v1
             * @interface IAcceptProposal
             * @augments csb.v1.AcceptProposal.$Properties
             * @deprecated Use csb.v1.AcceptProposal.$Properties instead.
             */

            /**
             * Shape of an AcceptProposal.
             * @typedef {csb.v1.AcceptProposal.$Properties} csb.v1.AcceptProposal.$Shape
             */

            /**
             * Constructs a new AcceptProposal.
             * @memberof csb.v1
             * @classdesc Represents an AcceptProposal.
             * @constructor
             * @param {csb.v1.AcceptProposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AcceptProposal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new AcceptProposal instance using the specified properties.
             * @function create
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {csb.v1.AcceptProposal.$Properties=} [properties] Properties to set
             * @returns {csb.v1.AcceptProposal} AcceptProposal instance
             * @type {{
             *   (properties: csb.v1.AcceptProposal.$Shape): csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape;
             *   (properties?: csb.v1.AcceptProposal.$Properties): csb.v1.AcceptProposal;
             * }}
             */
            AcceptProposal.create = function(properties) {
                return new AcceptProposal(properties);
            };

            /**
             * Encodes the specified AcceptProposal message. Does not implicitly {@link csb.v1.AcceptProposal.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {csb.v1.AcceptProposal.$Properties} message AcceptProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptProposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AcceptProposal message, length delimited. Does not implicitly {@link csb.v1.AcceptProposal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {csb.v1.AcceptProposal.$Properties} message AcceptProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptProposal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AcceptProposal message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape} AcceptProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptProposal.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.AcceptProposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes an AcceptProposal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape} AcceptProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptProposal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AcceptProposal message.
             * @function verify
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AcceptProposal.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an AcceptProposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.AcceptProposal} AcceptProposal
             */
            AcceptProposal.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.AcceptProposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.AcceptProposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.csb.v1.AcceptProposal();
            };

            /**
             * Creates a plain object from an AcceptProposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {csb.v1.AcceptProposal} message AcceptProposal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AcceptProposal.toObject = function () {
                return {};
            };

            /**
             * Converts this AcceptProposal to JSON.
             * @function toJSON
             * @memberof csb.v1.AcceptProposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AcceptProposal.prototype.toJSON = function() {
                return AcceptProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AcceptProposal
             * @function getTypeUrl
             * @memberof csb.v1.AcceptProposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AcceptProposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.AcceptProposal";
            };

            return AcceptProposal;
        })();

        v1.AskAnotherSlot = (function() {

            /**
             * Properties of an AskAnotherSlot.
             * @typedef {Object} csb.v1.AskAnotherSlot.$Properties
             * @property {Array.<csb.v1.TimeWindow.$Properties>|null} [preferredWindows] AskAnotherSlot preferredWindows
             * @property {string|null} [note] AskAnotherSlot note
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AskAnotherSlot.
             * @memberof csb.v1
             * @interface IAskAnotherSlot
             * @augments csb.v1.AskAnotherSlot.$Properties
             * @deprecated Use csb.v1.AskAnotherSlot.$Properties instead.
             */

            /**
             * Shape of an AskAnotherSlot.
             * @typedef {csb.v1.AskAnotherSlot.$Properties} csb.v1.AskAnotherSlot.$Shape
             */

            /**
             * Constructs a new AskAnotherSlot.
             * @memberof csb.v1
             * @classdesc Represents an AskAnotherSlot.
             * @constructor
             * @param {csb.v1.AskAnotherSlot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AskAnotherSlot = function (properties) {
                this.preferredWindows = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AskAnotherSlot preferredWindows.
             * @member {Array.<csb.v1.TimeWindow.$Properties>} preferredWindows
             * @memberof csb.v1.AskAnotherSlot
             * @instance
             */
            AskAnotherSlot.prototype.preferredWindows = $util.emptyArray;

            /**
             * AskAnotherSlot note.
             * @member {string} note
             * @memberof csb.v1.AskAnotherSlot
             * @instance
             */
            AskAnotherSlot.prototype.note = "";

            /**
             * Creates a new AskAnotherSlot instance using the specified properties.
             * @function create
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {csb.v1.AskAnotherSlot.$Properties=} [properties] Properties to set
             * @returns {csb.v1.AskAnotherSlot} AskAnotherSlot instance
             * @type {{
             *   (properties: csb.v1.AskAnotherSlot.$Shape): csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape;
             *   (properties?: csb.v1.AskAnotherSlot.$Properties): csb.v1.AskAnotherSlot;
             * }}
             */
            AskAnotherSlot.create = function(properties) {
                return new AskAnotherSlot(properties);
            };

            /**
             * Encodes the specified AskAnotherSlot message. Does not implicitly {@link csb.v1.AskAnotherSlot.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {csb.v1.AskAnotherSlot.$Properties} message AskAnotherSlot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AskAnotherSlot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.preferredWindows != null && message.preferredWindows.length)
                    for (let i = 0; i < message.preferredWindows.length; ++i)
                        $root.csb.v1.TimeWindow.encode(message.preferredWindows[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AskAnotherSlot message, length delimited. Does not implicitly {@link csb.v1.AskAnotherSlot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {csb.v1.AskAnotherSlot.$Properties} message AskAnotherSlot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AskAnotherSlot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AskAnotherSlot message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape} AskAnotherSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AskAnotherSlot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.AskAnotherSlot();
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
                            if (!(message.preferredWindows && message.preferredWindows.length))
                                message.preferredWindows = [];
                            message.preferredWindows.push($root.csb.v1.TimeWindow.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
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
             * Decodes an AskAnotherSlot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape} AskAnotherSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AskAnotherSlot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AskAnotherSlot message.
             * @function verify
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AskAnotherSlot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.preferredWindows != null && $Object.hasOwnProperty.call(message, "preferredWindows")) {
                    if (!$Array.isArray(message.preferredWindows))
                        return "preferredWindows: array expected";
                    for (let i = 0; i < message.preferredWindows.length; ++i) {
                        let error = $root.csb.v1.TimeWindow.verify(message.preferredWindows[i], _depth + 1);
                        if (error)
                            return "preferredWindows." + error;
                    }
                }
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates an AskAnotherSlot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.AskAnotherSlot} AskAnotherSlot
             */
            AskAnotherSlot.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.AskAnotherSlot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.AskAnotherSlot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.AskAnotherSlot();
                if (object.preferredWindows) {
                    if (!$Array.isArray(object.preferredWindows))
                        throw $TypeError(".csb.v1.AskAnotherSlot.preferredWindows: array expected");
                    message.preferredWindows = $Array(object.preferredWindows.length);
                    for (let i = 0; i < object.preferredWindows.length; ++i) {
                        if (!$util.isObject(object.preferredWindows[i]))
                            throw $TypeError(".csb.v1.AskAnotherSlot.preferredWindows: object expected");
                        message.preferredWindows[i] = $root.csb.v1.TimeWindow.fromObject(object.preferredWindows[i], _depth + 1);
                    }
                }
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                return message;
            };

            /**
             * Creates a plain object from an AskAnotherSlot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {csb.v1.AskAnotherSlot} message AskAnotherSlot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AskAnotherSlot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.preferredWindows = [];
                if (options.defaults)
                    object.note = "";
                if (message.preferredWindows && message.preferredWindows.length) {
                    object.preferredWindows = $Array(message.preferredWindows.length);
                    for (let j = 0; j < message.preferredWindows.length; ++j)
                        object.preferredWindows[j] = $root.csb.v1.TimeWindow.toObject(message.preferredWindows[j], options, _depth + 1);
                }
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this AskAnotherSlot to JSON.
             * @function toJSON
             * @memberof csb.v1.AskAnotherSlot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AskAnotherSlot.prototype.toJSON = function() {
                return AskAnotherSlot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AskAnotherSlot
             * @function getTypeUrl
             * @memberof csb.v1.AskAnotherSlot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AskAnotherSlot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.AskAnotherSlot";
            };

            return AskAnotherSlot;
        })();

        v1.Cancellation = (function() {

            /**
             * Properties of a Cancellation.
             * @typedef {Object} csb.v1.Cancellation.$Properties
             * @property {string|null} [appointmentId] Cancellation appointmentId
             * @property {string|null} [reason] Cancellation reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cancellation.
             * @memberof csb.v1
             * @interface ICancellation
             * @augments csb.v1.Cancellation.$Properties
             * @deprecated Use csb.v1.Cancellation.$Properties instead.
             */

            /**
             * Shape of a Cancellation.
             * @typedef {csb.v1.Cancellation.$Properties} csb.v1.Cancellation.$Shape
             */

            /**
             * Constructs a new Cancellation.
             * @memberof csb.v1
             * @classdesc Represents a Cancellation.
             * @constructor
             * @param {csb.v1.Cancellation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cancellation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cancellation appointmentId.
             * @member {string} appointmentId
             * @memberof csb.v1.Cancellation
             * @instance
             */
            Cancellation.prototype.appointmentId = "";

            /**
             * Cancellation reason.
             * @member {string} reason
             * @memberof csb.v1.Cancellation
             * @instance
             */
            Cancellation.prototype.reason = "";

            /**
             * Creates a new Cancellation instance using the specified properties.
             * @function create
             * @memberof csb.v1.Cancellation
             * @static
             * @param {csb.v1.Cancellation.$Properties=} [properties] Properties to set
             * @returns {csb.v1.Cancellation} Cancellation instance
             * @type {{
             *   (properties: csb.v1.Cancellation.$Shape): csb.v1.Cancellation & csb.v1.Cancellation.$Shape;
             *   (properties?: csb.v1.Cancellation.$Properties): csb.v1.Cancellation;
             * }}
             */
            Cancellation.create = function(properties) {
                return new Cancellation(properties);
            };

            /**
             * Encodes the specified Cancellation message. Does not implicitly {@link csb.v1.Cancellation.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.Cancellation
             * @static
             * @param {csb.v1.Cancellation.$Properties} message Cancellation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cancellation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId") && message.appointmentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appointmentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Cancellation message, length delimited. Does not implicitly {@link csb.v1.Cancellation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.Cancellation
             * @static
             * @param {csb.v1.Cancellation.$Properties} message Cancellation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cancellation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Cancellation message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.Cancellation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.Cancellation & csb.v1.Cancellation.$Shape} Cancellation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cancellation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.Cancellation();
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
                                message.appointmentId = value;
                            else
                                delete message.appointmentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Decodes a Cancellation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.Cancellation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.Cancellation & csb.v1.Cancellation.$Shape} Cancellation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cancellation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Cancellation message.
             * @function verify
             * @memberof csb.v1.Cancellation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Cancellation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    if (!$util.isString(message.appointmentId))
                        return "appointmentId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Cancellation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.Cancellation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.Cancellation} Cancellation
             */
            Cancellation.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.Cancellation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.Cancellation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.Cancellation();
                if (object.appointmentId != null)
                    if (typeof object.appointmentId !== "string" || object.appointmentId.length)
                        message.appointmentId = $String(object.appointmentId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Cancellation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.Cancellation
             * @static
             * @param {csb.v1.Cancellation} message Cancellation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cancellation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appointmentId = "";
                    object.reason = "";
                }
                if (message.appointmentId != null && $Object.hasOwnProperty.call(message, "appointmentId"))
                    object.appointmentId = message.appointmentId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Cancellation to JSON.
             * @function toJSON
             * @memberof csb.v1.Cancellation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cancellation.prototype.toJSON = function() {
                return Cancellation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Cancellation
             * @function getTypeUrl
             * @memberof csb.v1.Cancellation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cancellation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.Cancellation";
            };

            return Cancellation;
        })();

        v1.EngineStart = (function() {

            /**
             * Properties of an EngineStart.
             * @typedef {Object} csb.v1.EngineStart.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [startedAt] EngineStart startedAt
             * @property {number|null} [odometerKm] EngineStart odometerKm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EngineStart.
             * @memberof csb.v1
             * @interface IEngineStart
             * @augments csb.v1.EngineStart.$Properties
             * @deprecated Use csb.v1.EngineStart.$Properties instead.
             */

            /**
             * Shape of an EngineStart.
             * @typedef {csb.v1.EngineStart.$Properties} csb.v1.EngineStart.$Shape
             */

            /**
             * Constructs a new EngineStart.
             * @memberof csb.v1
             * @classdesc Represents an EngineStart.
             * @constructor
             * @param {csb.v1.EngineStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EngineStart = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EngineStart startedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} startedAt
             * @memberof csb.v1.EngineStart
             * @instance
             */
            EngineStart.prototype.startedAt = null;

            /**
             * EngineStart odometerKm.
             * @member {number|null|undefined} odometerKm
             * @memberof csb.v1.EngineStart
             * @instance
             */
            EngineStart.prototype.odometerKm = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EngineStart.prototype, "_odometerKm", {
                get: $util.oneOfGetter($oneOfFields = ["odometerKm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new EngineStart instance using the specified properties.
             * @function create
             * @memberof csb.v1.EngineStart
             * @static
             * @param {csb.v1.EngineStart.$Properties=} [properties] Properties to set
             * @returns {csb.v1.EngineStart} EngineStart instance
             * @type {{
             *   (properties: csb.v1.EngineStart.$Shape): csb.v1.EngineStart & csb.v1.EngineStart.$Shape;
             *   (properties?: csb.v1.EngineStart.$Properties): csb.v1.EngineStart;
             * }}
             */
            EngineStart.create = function(properties) {
                return new EngineStart(properties);
            };

            /**
             * Encodes the specified EngineStart message. Does not implicitly {@link csb.v1.EngineStart.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.EngineStart
             * @static
             * @param {csb.v1.EngineStart.$Properties} message EngineStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EngineStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    $root.google.protobuf.Timestamp.encode(message.startedAt, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.odometerKm != null && $Object.hasOwnProperty.call(message, "odometerKm"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.odometerKm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EngineStart message, length delimited. Does not implicitly {@link csb.v1.EngineStart.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.EngineStart
             * @static
             * @param {csb.v1.EngineStart.$Properties} message EngineStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EngineStart.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EngineStart message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.EngineStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.EngineStart & csb.v1.EngineStart.$Shape} EngineStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EngineStart.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.EngineStart();
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
                            message.startedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startedAt);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.odometerKm = reader.uint32();
                            message._odometerKm = "odometerKm";
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
             * Decodes an EngineStart message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.EngineStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.EngineStart & csb.v1.EngineStart.$Shape} EngineStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EngineStart.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EngineStart message.
             * @function verify
             * @memberof csb.v1.EngineStart
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EngineStart.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startedAt, _depth + 1);
                    if (error)
                        return "startedAt." + error;
                }
                if (message.odometerKm != null && $Object.hasOwnProperty.call(message, "odometerKm")) {
                    properties._odometerKm = 1;
                    if (!$util.isInteger(message.odometerKm))
                        return "odometerKm: integer expected";
                }
                return null;
            };

            /**
             * Creates an EngineStart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.EngineStart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.EngineStart} EngineStart
             */
            EngineStart.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.EngineStart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.EngineStart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.EngineStart();
                if (object.startedAt != null) {
                    if (!$util.isObject(object.startedAt))
                        throw $TypeError(".csb.v1.EngineStart.startedAt: object expected");
                    message.startedAt = $root.google.protobuf.Timestamp.fromObject(object.startedAt, _depth + 1);
                }
                if (object.odometerKm != null)
                    message.odometerKm = object.odometerKm >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EngineStart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.EngineStart
             * @static
             * @param {csb.v1.EngineStart} message EngineStart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EngineStart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.startedAt = null;
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    object.startedAt = $root.google.protobuf.Timestamp.toObject(message.startedAt, options, _depth + 1);
                if (message.odometerKm != null && $Object.hasOwnProperty.call(message, "odometerKm"))
                    object.odometerKm = message.odometerKm;
                return object;
            };

            /**
             * Converts this EngineStart to JSON.
             * @function toJSON
             * @memberof csb.v1.EngineStart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EngineStart.prototype.toJSON = function() {
                return EngineStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EngineStart
             * @function getTypeUrl
             * @memberof csb.v1.EngineStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EngineStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.EngineStart";
            };

            return EngineStart;
        })();

        v1.DeliveryReceipt = (function() {

            /**
             * Properties of a DeliveryReceipt.
             * @typedef {Object} csb.v1.DeliveryReceipt.$Properties
             * @property {string|null} [downlinkMessageId] DeliveryReceipt downlinkMessageId
             * @property {google.protobuf.Timestamp.$Properties|null} [receivedAt] DeliveryReceipt receivedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeliveryReceipt.
             * @memberof csb.v1
             * @interface IDeliveryReceipt
             * @augments csb.v1.DeliveryReceipt.$Properties
             * @deprecated Use csb.v1.DeliveryReceipt.$Properties instead.
             */

            /**
             * Shape of a DeliveryReceipt.
             * @typedef {csb.v1.DeliveryReceipt.$Properties} csb.v1.DeliveryReceipt.$Shape
             */

            /**
             * Constructs a new DeliveryReceipt.
             * @memberof csb.v1
             * @classdesc Represents a DeliveryReceipt.
             * @constructor
             * @param {csb.v1.DeliveryReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeliveryReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeliveryReceipt downlinkMessageId.
             * @member {string} downlinkMessageId
             * @memberof csb.v1.DeliveryReceipt
             * @instance
             */
            DeliveryReceipt.prototype.downlinkMessageId = "";

            /**
             * DeliveryReceipt receivedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} receivedAt
             * @memberof csb.v1.DeliveryReceipt
             * @instance
             */
            DeliveryReceipt.prototype.receivedAt = null;

            /**
             * Creates a new DeliveryReceipt instance using the specified properties.
             * @function create
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {csb.v1.DeliveryReceipt.$Properties=} [properties] Properties to set
             * @returns {csb.v1.DeliveryReceipt} DeliveryReceipt instance
             * @type {{
             *   (properties: csb.v1.DeliveryReceipt.$Shape): csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape;
             *   (properties?: csb.v1.DeliveryReceipt.$Properties): csb.v1.DeliveryReceipt;
             * }}
             */
            DeliveryReceipt.create = function(properties) {
                return new DeliveryReceipt(properties);
            };

            /**
             * Encodes the specified DeliveryReceipt message. Does not implicitly {@link csb.v1.DeliveryReceipt.verify|verify} messages.
             * @function encode
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {csb.v1.DeliveryReceipt.$Properties} message DeliveryReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.downlinkMessageId != null && $Object.hasOwnProperty.call(message, "downlinkMessageId") && message.downlinkMessageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.downlinkMessageId);
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                    $root.google.protobuf.Timestamp.encode(message.receivedAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeliveryReceipt message, length delimited. Does not implicitly {@link csb.v1.DeliveryReceipt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {csb.v1.DeliveryReceipt.$Properties} message DeliveryReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryReceipt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeliveryReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape} DeliveryReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryReceipt.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.csb.v1.DeliveryReceipt();
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
                                message.downlinkMessageId = value;
                            else
                                delete message.downlinkMessageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.receivedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.receivedAt);
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
             * Decodes a DeliveryReceipt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape} DeliveryReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryReceipt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeliveryReceipt message.
             * @function verify
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeliveryReceipt.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.downlinkMessageId != null && $Object.hasOwnProperty.call(message, "downlinkMessageId"))
                    if (!$util.isString(message.downlinkMessageId))
                        return "downlinkMessageId: string expected";
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.receivedAt, _depth + 1);
                    if (error)
                        return "receivedAt." + error;
                }
                return null;
            };

            /**
             * Creates a DeliveryReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {csb.v1.DeliveryReceipt} DeliveryReceipt
             */
            DeliveryReceipt.fromObject = function (object, _depth) {
                if (object instanceof $root.csb.v1.DeliveryReceipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".csb.v1.DeliveryReceipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.csb.v1.DeliveryReceipt();
                if (object.downlinkMessageId != null)
                    if (typeof object.downlinkMessageId !== "string" || object.downlinkMessageId.length)
                        message.downlinkMessageId = $String(object.downlinkMessageId);
                if (object.receivedAt != null) {
                    if (!$util.isObject(object.receivedAt))
                        throw $TypeError(".csb.v1.DeliveryReceipt.receivedAt: object expected");
                    message.receivedAt = $root.google.protobuf.Timestamp.fromObject(object.receivedAt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeliveryReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {csb.v1.DeliveryReceipt} message DeliveryReceipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeliveryReceipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.downlinkMessageId = "";
                    object.receivedAt = null;
                }
                if (message.downlinkMessageId != null && $Object.hasOwnProperty.call(message, "downlinkMessageId"))
                    object.downlinkMessageId = message.downlinkMessageId;
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                    object.receivedAt = $root.google.protobuf.Timestamp.toObject(message.receivedAt, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DeliveryReceipt to JSON.
             * @function toJSON
             * @memberof csb.v1.DeliveryReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeliveryReceipt.prototype.toJSON = function() {
                return DeliveryReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeliveryReceipt
             * @function getTypeUrl
             * @memberof csb.v1.DeliveryReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeliveryReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/csb.v1.DeliveryReceipt";
            };

            return DeliveryReceipt;
        })();

        return v1;
    })();

    return csb;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Timestamp();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
